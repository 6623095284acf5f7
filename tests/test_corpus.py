"""Detection on the labelled corpus (tests/corpus): 100% recall and zero false positives."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("measure_detection",
                                               ROOT / "scripts" / "measure_detection.py")
measure_detection = importlib.util.module_from_spec(_spec)
sys.modules["measure_detection"] = measure_detection  # dataclasses look their module up
_spec.loader.exec_module(measure_detection)


def test_corpus_has_every_shape():
    names = {p.stem for p in (ROOT / "tests" / "corpus").glob("*.expected")}
    assert {"constants", "params_env", "fields", "tables", "prefixed", "wrappers", "v0_calls",
            "v1_calls", "lookalikes", "notebook", "suppressed", "python_shapes"} <= names


def test_full_recall_and_no_false_positive():
    scores = measure_detection.measure()
    missed = {s.name: sorted(s.missed) for s in scores if s.missed}
    false_positives = {s.name: sorted(s.false_positives) for s in scores if s.false_positives}
    assert missed == {}, f"missed: {missed}"
    assert false_positives == {}, f"false positives: {false_positives}"
    precision, recall, counts = measure_detection.figures(scores)
    assert counts["expected"] > 80 and precision == recall == 1.0


def test_a_miss_and_a_false_positive_are_counted(tmp_path: Path):
    (tmp_path / "one.py").write_text('MODEL = "text-davinci-003"\nNAME = "ada"\n')
    (tmp_path / "one.expected").write_text("1:9 GM001\n2:8 GM001\n9:1 GM101\n")
    (score,) = measure_detection.measure(tmp_path)
    assert score.missed == {"2:8 GM001", "9:1 GM101"}
    assert score.false_positives == set()
    precision, recall, _ = measure_detection.figures([score])
    assert precision == 1.0 and round(recall, 3) == 0.333
