"""Broken notebooks: each gets one line naming it, the run goes on, nothing is written."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from gptmigrate.cli import main

PINNED = ["--isolated", "--as-of", "2026-11-23"]
RETIRED_CELL = 'client.chat.completions.create(model="gpt-4-vision-preview", messages=[])\n'
GOOD = 'from openai import OpenAI\nclient = OpenAI()\nr = client.chat.completions.create(model="gpt-4-vision-preview")\n'


def scan(*args: str):
    return CliRunner().invoke(main, ["scan", *args, *PINNED], catch_exceptions=False)


def notebook(cells, **top) -> str:
    document = {"cells": cells, "metadata": {"language_info": {"name": "python"}},
                "nbformat": 4, "nbformat_minor": 5, **top}
    return json.dumps(document, indent=1) + "\n"


def code(source) -> dict:
    return {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
            "source": source}


BROKEN = {
    "invalid_json.ipynb": ('{"cells": [ {"cell_type": "code", "source": "import openai.error"\n',
                           "not valid JSON"),
    "missing_cells.ipynb": ('{"nbformat": 4, "metadata": {}, "openai.error": 1}\n', "no 'cells' list"),
    "nbformat3.ipynb": (json.dumps({"nbformat": 3, "worksheets": [{"cells": [
        {"cell_type": "code", "input": ["import openai.error\n"], "language": "python"}]}]}),
        "nbformat 4 is required"),
    "source_not_text.ipynb": (notebook([code(42), code("import openai.error\n")]),
                              "cell 1: source is not text"),
    "python2_cell.ipynb": (notebook([code("import openai.error\n"), code('print "hi"\n')]),
                           "syntax error"),
    "deep_json.ipynb": ('{"openai.error": ' + "[" * 100000 + "]" * 100000 + "}\n",
                        "nested too deeply"),
    "not_an_object.ipynb": ('["openai.error"]\n', "no 'cells' list"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_notebook_is_one_line_and_the_run_goes_on(tmp_path: Path, name: str):
    text, words = BROKEN[name]
    bad = tmp_path / name
    bad.write_text(text)
    (tmp_path / "good.py").write_text(GOOD)
    result = scan(str(tmp_path), "--fix")
    assert "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines() if str(bad) in line]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith(f"error: {bad}: ") and words in lines[0]
    assert "internal error" not in lines[0]
    assert result.exit_code == 1
    assert bad.read_text() == text
    assert "gpt-4o" in (tmp_path / "good.py").read_text()  # the run went on and fixed it
    assert sorted(os.listdir(tmp_path)) == sorted([name, "good.py"])


def test_invalid_utf8_notebook(tmp_path: Path):
    bad = tmp_path / "latin.ipynb"
    text = notebook([code("import openai.error\n# caf\u00e9\n")]).replace("\\u00e9", "\u00e9")
    data = text.encode("latin-1")  # a raw 0xe9 byte: not UTF-8
    bad.write_bytes(data)
    result = scan(str(bad))
    assert "Traceback" not in result.output
    assert result.stderr.startswith(f"error: {bad}: cannot decode")
    assert result.exit_code == 2
    assert bad.read_bytes() == data


@pytest.mark.parametrize("as_list", [True, False])
def test_string_and_list_sources_are_fixed_in_place(tmp_path: Path, as_list: bool):
    lines = ["from openai import OpenAI\n", "client = OpenAI()\n", RETIRED_CELL]
    text = notebook([{"cell_type": "markdown", "metadata": {}, "source": ["# gpt-4-vision-preview notes"]},
                     code(lines if as_list else "".join(lines))])
    path = tmp_path / "nb.ipynb"
    path.write_text(text)
    result = scan(str(path), "--fix")
    assert result.exit_code == 0, result.output
    after = path.read_text()
    assert after == text.replace('model=\\"gpt-4-vision-preview\\"', 'model=\\"gpt-4o\\"')
    assert "# gpt-4-vision-preview notes" in after  # markdown is never touched


def test_deeply_nested_cell_is_refused_without_crashing(tmp_path: Path):
    path = tmp_path / "deep.ipynb"
    path.write_text(notebook([code("import openai.error\nx = " + "(" * 5000 + "1" + ")" * 5000 + "\n")]))
    result = scan(str(path), "--jobs", "1")
    assert "Traceback" not in result.output
    assert result.stderr.startswith(f"error: {path}: cell 1: too deeply nested to parse")
    assert result.exit_code == 1


def test_notebook_behind_a_symlink_out_of_the_tree_is_not_written(tmp_path: Path):
    outside = tmp_path / "outside"
    outside.mkdir()
    target = outside / "shared.ipynb"
    text = notebook([code(["from openai import OpenAI\n", "client = OpenAI()\n", RETIRED_CELL])])
    target.write_text(text)
    tree = tmp_path / "tree"
    tree.mkdir()
    (tree / "link.ipynb").symlink_to(target)
    result = scan(str(tree), "--fix")
    assert target.read_text() == text
    assert "outside the scanned folder" in result.stderr
    assert result.exit_code == 1


def test_size_limit_counts_code_not_outputs(tmp_path: Path):
    """A notebook made large by an image output is scanned; one with too much code is skipped."""
    image = {"output_type": "display_data", "metadata": {},
             "data": {"image/png": "iVBORw0KGgo" * 200_000}}
    with_image = dict(code(GOOD), outputs=[image])
    large = tmp_path / "plots.ipynb"
    large.write_text(notebook([with_image]))
    assert large.stat().st_size > 2 * 1024 * 1024
    result = scan(str(large), "--max-file-size", "1M")
    assert result.exit_code == 1
    assert "GM001" in result.output and "size limit" not in result.output

    much_code = tmp_path / "generated.ipynb"
    much_code.write_text(notebook([code(GOOD + "x = 1\n" * 2000)]))
    skipped = scan(str(much_code), "--max-file-size", "4000")
    assert "code cells hold" in skipped.output and "over the size limit of 4000" in skipped.output
    assert "GM001" not in skipped.output
