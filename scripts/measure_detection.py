"""Precision and recall of detection on the labelled corpus (tests/corpus), as of 2026-11-23.

    python scripts/measure_detection.py [CORPUS_DIR]

Each `NAME.py` / `NAME.ipynb` has `NAME.expected`: one `LINE:COLUMN CODE` per expected finding
(notebooks: `CELL:LINE:COLUMN CODE`). Every rule is selected, GM901 included. Prints one row per
file and the totals; exits 1 when a finding is missed or a false positive appears.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
import tempfile
from pathlib import Path
from typing import Dict, List, Set, Tuple

from gptmigrate.config import Settings
from gptmigrate.engine import Mode, build_context, process_file

AS_OF = dt.date(2026, 11, 23)
CORPUS = Path(__file__).resolve().parents[1] / "tests" / "corpus"


@dataclasses.dataclass
class FileScore:
    name: str
    expected: Set[str]
    found: Set[str]

    @property
    def missed(self) -> Set[str]:
        return self.expected - self.found

    @property
    def false_positives(self) -> Set[str]:
        return self.found - self.expected


def _label(finding) -> str:
    where = f"{finding.cell}:" if finding.cell is not None else ""
    return f"{where}{finding.line}:{finding.column} {finding.code}"


def measure(corpus: Path = CORPUS) -> List[FileScore]:
    """Scan every corpus file with a pinned context (no cache, no config) and compare."""
    settings = Settings(as_of=AS_OF, select=("GM", "GM901"))
    with tempfile.TemporaryDirectory() as cache:
        if any(f.name == "cache_dir" for f in dataclasses.fields(Settings)):
            settings = dataclasses.replace(settings, cache_dir=cache)
        ctx = build_context(settings)
        scores = []
        for path in sorted(corpus.iterdir()):
            if path.suffix not in (".py", ".ipynb"):
                continue
            expected_path = path.with_suffix(".expected")
            expected = {line.strip() for line in expected_path.read_text().splitlines()
                        if line.strip()}
            result = process_file(str(path), ctx, Mode.CHECK)
            whole = [e for e in result.errors if e.whole_file]  # a broken cell is labelled
            if whole:
                raise SystemExit(f"{path.name}: {whole[0].message}")
            scores.append(FileScore(path.name, expected, {_label(f) for f in result.findings}))
    return scores


def figures(scores: List[FileScore]) -> Tuple[float, float, Dict[str, int]]:
    expected = sum(len(s.expected) for s in scores)
    found = sum(len(s.found) for s in scores)
    true = sum(len(s.expected & s.found) for s in scores)
    precision = true / found if found else 1.0
    recall = true / expected if expected else 1.0
    return precision, recall, {"expected": expected, "found": found, "true": true}


def main(argv: List[str]) -> int:
    corpus = Path(argv[0]) if argv else CORPUS
    scores = measure(corpus)
    print(f"{'file':<22} {'expected':>8} {'found':>6} {'missed':>6} {'false+':>6}")
    for score in scores:
        print(f"{score.name:<22} {len(score.expected):>8} {len(score.found):>6} "
              f"{len(score.missed):>6} {len(score.false_positives):>6}")
        for label in sorted(score.missed):
            print(f"    missed   {label}")
        for label in sorted(score.false_positives):
            print(f"    false+   {label}")
    precision, recall, counts = figures(scores)
    print(f"\n{len(scores)} files, {counts['expected']} expected findings, {counts['found']} found")
    print(f"precision {precision:.1%}  recall {recall:.1%}")
    return 0 if precision == 1.0 and recall == 1.0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
