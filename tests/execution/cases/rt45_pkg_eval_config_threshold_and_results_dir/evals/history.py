import json
from pathlib import Path

RESULTS = Path(__file__).resolve().parent.parent / "results"


def recorded_runs():
    return [json.loads(path.read_text()) for path in sorted(RESULTS.glob("*.json"))]


def table():
    return "\n".join(
        f"  {run['model']:<15}{run['dataset']:<10}{run['accuracy']:.2f}" for run in recorded_runs()
    )
