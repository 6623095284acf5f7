import csv
import json
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"


def load_systems():
    return json.loads((DATA / "labels.json").read_text())["systems"]


def tally():
    wins = {system: 0 for system in load_systems()}
    with open(DATA / "votes.csv", newline="") as handle:
        for row in csv.DictReader(handle):
            wins[row["winner"]] += 1
    return wins
