import json
from pathlib import Path

BOARD = Path(__file__).resolve().parent / "leaderboard.json"


def rows():
    data = json.loads(BOARD.read_text())
    ranked = sorted(data["entries"], key=lambda entry: -entry["rating"])
    return data["updated"], [(i, e["model"], e["rating"]) for i, e in enumerate(ranked, 1)]
