import sys
from pathlib import Path

sys.path.append(str(Path(__file__).resolve().parents[1]))

from evals.runner import run_all  # noqa: E402

if __name__ == "__main__":
    for position, score in enumerate(run_all(), start=1):
        print(f"candidate {position}: {score}/3")
