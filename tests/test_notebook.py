"""Notebooks: code cells only, magics masked in place, cell numbers, byte-faithful fixes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gptmigrate.engine import Mode, check_source, process_file
from gptmigrate.magics import mask_cell
from gptmigrate.notebook import OtherLanguage, process_notebook, read_cells


def _notebook(*cells, language="python", indent=1) -> str:
    body = {
        "cells": [
            {"cell_type": kind, "execution_count": None, "metadata": {}, "outputs": [],
             "source": source} if kind == "code" else
            {"cell_type": kind, "metadata": {}, "source": source}
            for kind, source in cells
        ],
        "metadata": {"kernelspec": {"language": language, "name": "k"}},
        "nbformat": 4, "nbformat_minor": 5,
    }
    return json.dumps(body, indent=indent, ensure_ascii=False) + "\n"


def _scan(text: str, ctx, mode: str = "check", unsafe: bool = False):
    return process_notebook("nb.ipynb", text.encode("utf-8"), ctx, mode, unsafe, check_source)


def test_magics_are_masked_with_the_same_length_and_lines():
    source = "!pip install openai\n%time x = 1\nfiles = !ls\nlen?\nfor f in files:\n    !echo hi\n"
    masked = mask_cell(source).text
    lengths = [len(line) for line in source.splitlines()]
    assert [len(line) for line in masked.splitlines()] == lengths
    assert masked.splitlines()[4] == "for f in files:"
    assert masked.splitlines()[5].startswith("    0")
    compile(masked, "cell", "exec")


def test_cell_magic_masks_the_whole_cell():
    assert "davinci" not in mask_cell('%%bash\necho "text-davinci-003"\n').text


def test_findings_carry_the_cell_among_all_cells_and_the_line_inside(ctx):
    text = _notebook(
        ("markdown", ["Uses text-davinci-003\n"]),
        ("code", ["!pip install openai==0.27\n", "import openai\n",
                  "MODEL = \"text-davinci-003\"\n"]),
        ("markdown", "more prose"),
        ("code", "%env X=1\nopenai.Completion.create(model=MODEL, prompt='x')"),
    )
    result = _scan(text, ctx)
    found = [(f.cell, f.line, f.column, f.code) for f in result.findings]
    assert found == [(2, 3, 9, "GM001"), (4, 2, 1, "GM101")]
    assert "used at cell 4 line 2" in result.findings[0].message
    assert result.findings[0].used_at == (2,)


def test_fix_rewrites_only_the_changed_cell_source(ctx):
    text = _notebook(
        ("code", ["import openai\n", "x = \"caf\u00e9\"\n"]),
        ("code", ["CHAT = \"gpt-4-vision-preview\"\n", "y = 1"]),
        ("code", "z = 'gpt-4-vision-preview'"),
    )
    result = _scan(text, ctx, mode="diff")
    assert result.fixes_applied == 2
    assert result.findings == ()
    assert result.fixed == text.replace("gpt-4-vision-preview", "gpt-4o")
    assert json.loads(result.fixed)["cells"][1]["source"][1] == "y = 1"


def test_untouched_escapes_and_layout_survive(ctx):
    # json.dumps' own style: non-ASCII as \u escapes, indent 2, no newline at the end.
    original = json.dumps({
        "cells": [{"cell_type": "code", "execution_count": 3, "metadata": {"tags": ["x"]},
                   "outputs": [{"output_type": "stream", "name": "stdout", "text": ["\u00e9\n"]}],
                   "source": ["s = \"\u00e9\"\n", "CHAT = \"gpt-4-vision-preview\"\n"]}],
        "metadata": {}, "nbformat": 4, "nbformat_minor": 4}, indent=2)
    result = _scan(original, ctx, mode="diff")
    assert result.fixes_applied == 1
    assert result.fixed.count("\\u00e9") == 2
    assert result.fixed.replace("gpt-4o", "gpt-4-vision-preview") == original
    assert not result.fixed.endswith("\n")


def test_non_python_and_broken_notebooks(ctx):
    with pytest.raises(OtherLanguage):
        read_cells(_notebook(("code", "x <- 'text-davinci-003'"), language="R"))
    other = _scan(_notebook(("code", "x <- 'text-davinci-003'"), language="R"), ctx)
    assert [(e.kind, e.message) for e in other.errors] == [
        ("note", "a notebook in R (its kernel's language), not Python; skipped")]
    assert other.findings == ()
    broken = _scan('{"cells": [', ctx)
    assert broken.errors and "not valid JSON" in broken.errors[0].message
    syntax = _scan(_notebook(("markdown", "m"), ("code", "x = 'text-davinci-003'\ndef (:")), ctx)
    assert [(e.cell, e.message) for e in syntax.errors] == [
        (2, "cell 2: syntax error at line 2, column 5: invalid syntax; this cell is not fixed "
            "(the other cells are scanned)")]


def test_process_file_dispatches_notebooks_by_suffix(tmp_path: Path, ctx):
    path = tmp_path / "analysis.ipynb"
    text = _notebook(("code", "CHAT = 'gpt-4-vision-preview'\n"))
    path.write_text(text, encoding="utf-8")
    result = process_file(str(path), ctx, Mode.FIX)
    assert [f.cell for f in result.findings] == [] and result.fixes_applied == 1
    assert path.read_text(encoding="utf-8") == text.replace("gpt-4-vision-preview", "gpt-4o")
