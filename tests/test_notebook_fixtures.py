"""Notebook fixtures: tests/notebooks/<case>.ipynb, scanned and fixed (unsafe fixes included)
cell by cell.

<case>.findings lists `CELL:LINE:COLUMN CODE SAFETY [MODEL -> REPLACEMENT]`, <case>.errors the
error and note lines (`KIND: MESSAGE`), <case>.fixed.ipynb the notebook after `--fix
--unsafe-fixes` (absent: unchanged). Every case checks that a cell which does not parse, or
holds no Python, keeps its JSON text byte for byte; that fixing twice equals fixing once; and
that what the masker hides is what IPython itself runs as something other than Python.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import List

import pytest

from conftest import make_context
from gptmigrate.engine import check_source
from gptmigrate.magics import mask_cell
from gptmigrate.notebook import OtherLanguage, process_notebook, read_cells

HERE = Path(__file__).resolve().parent / "notebooks"
CASES = sorted(p for p in HERE.glob("*.ipynb") if not p.name.endswith(".fixed.ipynb"))


@pytest.fixture(scope="module")
def context():
    return make_context(select=("GM",))


def _lines(result) -> List[str]:
    return [f"{f.cell}:{f.line}:{f.column} {f.code} {f.fix_safety.value if f.fix_safety else '-'}"
            + (f" {f.model} -> {f.replacement}" if f.model else "") for f in result.findings]


def _run(text: str, context, mode: str):
    return process_notebook("nb.ipynb", text.encode("utf-8"), context, mode, True, check_source)


def _expected(case: Path, suffix: str) -> List[str]:
    path = case.with_suffix(suffix)
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()] \
        if path.exists() else []


@pytest.mark.parametrize("case", CASES, ids=[p.stem for p in CASES])
def test_case(case: Path, context):
    text = case.read_text(encoding="utf-8")
    checked = _run(text, context, "check")
    assert _lines(checked) == _expected(case, ".findings")
    assert [f"{e.kind}: {e.message}" for e in checked.errors] == _expected(case, ".errors")

    fixed = _run(text, context, "diff")
    expected_path = case.with_name(case.stem + ".fixed.ipynb")
    expected = expected_path.read_text(encoding="utf-8") if expected_path.exists() else text
    assert (fixed.fixed if fixed.fixed is not None else text) == expected
    json.loads(expected)
    again = _run(expected, context, "diff")
    assert again.fixes_applied == 0 and (again.fixed is None or again.fixed == expected)
    try:
        before, after = read_cells(text), read_cells(expected)
    except OtherLanguage:
        return
    for old, new in zip(before, after):
        masked = mask_cell(old.source)
        if masked.whole:  # broken, or another kernel's: the JSON value is the same text
            assert expected[new.value_start:new.value_end] == text[old.value_start:old.value_end]
        elif old.source != new.source:
            assert mask_cell(new.source).broken is None  # a fix never breaks a cell


def test_the_fixtures_hold_every_kind_of_cell():
    kinds = set()
    for case in CASES:
        try:
            cells = read_cells(case.read_text(encoding="utf-8"))
        except OtherLanguage:
            kinds.add("other kernel notebook")
            continue
        for cell in cells:
            masked = mask_cell(cell.source)
            head = cell.source.lstrip()
            kinds.add("broken" if masked.broken else "own module" if masked.own_module
                      else "other kernel cell" if masked.whole
                      else "python cell magic" if head.startswith("%%")
                      else "masked lines" if masked.spans else "python")
    assert kinds == {"other kernel notebook", "broken", "own module", "other kernel cell",
                     "python cell magic", "masked lines", "python"}


# -- IPython itself as the judge of what is not Python --------------------------------------------

def _ipython():
    pytest.importorskip("IPython")
    from IPython.core.interactiveshell import InteractiveShell

    return InteractiveShell.instance()


def _compiles(text: str) -> bool:
    import ast

    try:
        compile(text, "<cell>", "exec", ast.PyCF_ONLY_AST | ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
    except SyntaxError:
        return False
    return True


def _python_cells():
    for case in CASES:
        try:
            cells = read_cells(case.read_text(encoding="utf-8"))
        except OtherLanguage:
            continue
        for cell in cells:
            yield pytest.param(cell.source, id=f"{case.stem}-cell{cell.index}")


@pytest.mark.parametrize("source", list(_python_cells()))
def test_masked_lines_are_the_lines_ipython_does_not_run_as_python(source: str):
    shell = _ipython()
    masked = mask_cell(source)
    transformed = shell.transform_cell(source)
    if masked.broken is not None:
        assert not _compiles(transformed), "IPython runs a cell reported as broken"
        return
    if source.lstrip().startswith("%%"):
        assert "run_cell_magic" in transformed
        return
    originals = source.splitlines()
    ours = masked.text.splitlines()
    if _compiles(transformed):
        theirs = transformed.splitlines()
        assert len(theirs) == len(originals)
        for original, mine, ipython in zip(originals, ours, theirs):
            if mine == original and ipython != original:
                # Automagic on a one-line cell that is also Python (`ls`): scanned as Python,
                # which IPython does too once the name is bound.
                assert len(source.strip().splitlines()) == 1 and _compiles(source), original
            else:
                assert (mine != original) == (ipython != original), (original, mine, ipython)
    else:
        # Jupyter refuses the cell too: what we mask beyond IPython are terminal lines.
        for original, mine, ipython in zip(originals, ours, transformed.splitlines()):
            if mine != original and ipython == original:
                assert not _compiles(original.strip()), original
