import json
from pathlib import Path

BASELINES = Path(__file__).resolve().parent.parent / "baselines"


def load_runs():
    return [json.loads(path.read_text()) for path in sorted(BASELINES.glob("*.json"))]


def summary():
    lines = []
    for run in load_runs():
        lines.append(f"{run['date']}  {run['model']:<14} acc={run['accuracy']:.2f} n={run['examples']}")
    return "\n".join(lines)
