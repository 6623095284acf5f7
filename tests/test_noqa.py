"""`scan --add-noqa`: a comment per finding where `suppress` reads it, nothing else changed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import ROOT
from gptmigrate.cli import main
from gptmigrate.engine import check_source
from gptmigrate.noqa import add_suppressions
from gptmigrate.notebook import process_notebook, read_cells

PINNED = ["--isolated", "--as-of", "2026-11-23", "--no-cache"]


def noqa(text: str, ctx):
    """add_suppressions on the findings of `text`; the result must scan clean."""
    new, added, left = add_suppressions(text, check_source(text, ctx))
    return new, added, left


def only_comments_added(before: str, after: str) -> bool:
    """Every line of `after` is its line of `before`, or that line (trailing blanks aside) plus
    a comment tail: the lines, their order and their code are the same."""
    old, new = before.splitlines(keepends=True), after.splitlines(keepends=True)
    if len(old) != len(new):
        return False
    for a, b in zip(old, new):
        body_a, end_a = a.rstrip("\r\n"), a[len(a.rstrip("\r\n")):]
        body_b, end_b = b.rstrip("\r\n"), b[len(b.rstrip("\r\n")):]
        if end_a != end_b or not body_b.startswith(body_a.rstrip(" \t")):
            return False
        tail = body_b[len(body_a.rstrip(" \t")):]
        if tail and "gptmigrate: ignore" not in tail and "GM" not in tail:
            return False
    return True


@pytest.mark.parametrize("source, expected", [
    ('M = "text-davinci-003"\n',
     'M = "text-davinci-003"  # gptmigrate: ignore[GM001]\n'),
    # trailing blanks give way to the comment; no newline at the end stays so; CRLF stays
    ('M = "text-davinci-003"   \t\n', 'M = "text-davinci-003"  # gptmigrate: ignore[GM001]\n'),
    ('M = "text-davinci-003"', 'M = "text-davinci-003"  # gptmigrate: ignore[GM001]'),
    ('A = 1\r\nM = "text-davinci-003"\r\n',
     'A = 1\r\nM = "text-davinci-003"  # gptmigrate: ignore[GM001]\r\n'),
    # a comment stays; the directive follows it
    ('M = "text-davinci-003"  # the old model\n',
     'M = "text-davinci-003"  # the old model  # gptmigrate: ignore[GM001]\n'),
    ('M = "text-davinci-003"  # noqa: E501\n',
     'M = "text-davinci-003"  # noqa: E501  # gptmigrate: ignore[GM001]\n'),
    # an existing directive takes the code: only one directive per comment is read
    ('M = "text-davinci-003"  # gptmigrate: ignore[GM002]\n',
     'M = "text-davinci-003"  # gptmigrate: ignore[GM002,GM001]\n'),
    ('M = "text-davinci-003"  # gptmigrate: ignore[deprecated-model] keep\n',
     'M = "text-davinci-003"  # gptmigrate: ignore[deprecated-model,GM001] keep\n'),
    ('M = "text-davinci-003"  # noqa: GM002\n',
     'M = "text-davinci-003"  # noqa: GM002, GM001\n'),
    # two findings on one line: one directive with both codes, sorted
    ('import openai\nopenai.Completion.create(engine="text-davinci-003", prompt="p")\n',
     'import openai\nopenai.Completion.create(engine="text-davinci-003", prompt="p")'
     '  # gptmigrate: ignore[GM001,GM101,GM203]\n'),
])
def test_each_finding_gets_its_comment_and_nothing_else_changes(source: str, expected: str, ctx):
    new, added, left = noqa(source, ctx)
    assert new == expected
    assert (added, left) == (1, [])
    assert check_source(new, ctx) == []
    assert noqa(new, ctx) == (new, 0, [])  # twice adds nothing


def test_a_multi_line_finding_takes_the_comment_on_its_last_line_when_the_first_cannot(ctx):
    """The call's name spans two lines; the first ends in a backslash, where no comment can go;
    suppress reads the last line too."""
    source = ('import openai\n'
              'resp = openai \\\n'
              '    .Completion.create(model="gpt-4o", prompt="x")\n')
    [finding] = check_source(source, ctx)
    assert (finding.code, finding.start.line, finding.end.line) == ("GM101", 2, 3)
    new, added, left = noqa(source, ctx)
    assert new.splitlines()[1:] == ['resp = openai \\',
                                    '    .Completion.create(model="gpt-4o", prompt="x")'
                                    '  # gptmigrate: ignore[GM101]']
    assert check_source(new, ctx) == [] and (added, left) == (1, [])


def test_a_multi_line_finding_takes_the_comment_on_its_first_line_when_it_can(ctx):
    source = ('import openai\n'
              'resp = (openai\n'
              '        .Completion.create(model="gpt-4o", prompt="x"))\n')
    [finding] = check_source(source, ctx)
    assert (finding.start.line, finding.end.line) == (2, 3)
    new, _, _ = noqa(source, ctx)
    assert new.splitlines()[1] == 'resp = (openai  # gptmigrate: ignore[GM101]'
    assert check_source(new, ctx) == []


def test_a_line_that_ends_inside_a_string_is_never_written_into(ctx):
    """A string that closes on the finding's line: the comment goes after it. A finding on a
    line continued by a backslash has no line to hold one: it is left, and said."""
    source = ('PROMPT = f"""{1}\n'
              '""" + "text-davinci-003"\n'
              'M = "text-davinci-003" \\\n'
              '    if True else "gpt-4o"\n')
    new, added, left = noqa(source, ctx)
    assert new.splitlines() == ['PROMPT = f"""{1}',
                                '""" + "text-davinci-003"  # gptmigrate: ignore[GM001]',
                                'M = "text-davinci-003" \\',
                                '    if True else "gpt-4o"']
    assert added == 1 and [(f.code, f.start.line) for f in left] == [("GM001", 3)]
    assert [f.start.line for f in check_source(new, ctx)] == [3]


def test_a_file_level_directive_on_the_line_is_not_extended(ctx):
    """`ignore-file[GM002]` is the comment's directive; a second one in it would be ignored."""
    source = 'M = "text-davinci-003"  # gptmigrate: ignore-file[GM002]\n'
    assert noqa(source, ctx) == (source, 0, check_source(source, ctx))


def test_unused_suppressions_are_not_suppressed(ctx):
    from conftest import make_context

    strict = make_context(select=("GM", "GM901"))
    source = 'M = "gpt-4o"  # gptmigrate: ignore[GM001]\n'
    findings = check_source(source, strict)
    assert [f.code for f in findings] == ["GM901"]
    assert add_suppressions(source, findings) == (source, 0, [])


def _notebook(*sources: str) -> str:
    cells = [{"cell_type": "markdown", "metadata": {}, "source": ["# Title\n"]}] + [
        {"cell_type": "code", "execution_count": None, "metadata": {}, "outputs": [],
         "source": source.splitlines(keepends=True)} for source in sources]
    return json.dumps({"cells": cells, "metadata": {"kernelspec": {"language": "python"}},
                       "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n"


def test_notebook_cells_take_the_comment_and_the_json_keeps_its_layout(ctx):
    text = _notebook("%pip install openai\nimport openai\n",
                     'MODEL = "text-davinci-003"\nprint(MODEL)')
    result = process_notebook("nb.ipynb", text.encode(), ctx, "noqa", False, check_source)
    assert result.fixes_applied == 1 and not result.findings and not result.errors
    cells = read_cells(result.fixed)
    assert cells[1].source == ('MODEL = "text-davinci-003"  # gptmigrate: ignore[GM001]\n'
                               'print(MODEL)')
    before, after = text.splitlines(), result.fixed.splitlines()
    assert [i for i, (a, b) in enumerate(zip(before, after)) if a != b] == [
        before.index('    "MODEL = \\"text-davinci-003\\"\\n",')]
    again = process_notebook("nb.ipynb", result.fixed.encode(), ctx, "check", False,
                             check_source)
    assert again.findings == ()


# -- the command line --------------------------------------------------------------------------

def invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_add_noqa_on_the_example_project_then_the_scan_is_clean(tmp_path: Path):
    project = tmp_path / "legacy_app"
    shutil.copytree(ROOT / "examples" / "legacy_app", project)
    before = {p.name: p.read_text() for p in project.glob("*.py")}
    findings = json.loads(invoke("scan", str(project), *PINNED, "--format", "json").stdout)
    assert findings["summary"]["findings"] == 13
    done = invoke("scan", str(project), *PINNED, "--add-noqa")
    assert done.exit_code == 0, done.output
    assert done.stdout == ""
    assert done.stderr.strip() == "Added 12 suppression comments in 3 files."
    for path in project.glob("*.py"):
        assert only_comments_added(before[path.name], path.read_text()), path.name
    clean = invoke("scan", str(project), *PINNED)
    assert clean.exit_code == 0 and "All clear" in clean.stdout
    again = invoke("scan", str(project), *PINNED, "--add-noqa")
    assert again.exit_code == 0 and again.stderr.strip() == "Added 0 suppression comments."
    assert {p.name: p.read_text() for p in project.glob("*.py")} != before


def test_add_noqa_says_which_findings_it_could_not_suppress(tmp_path: Path):
    (tmp_path / "a.py").write_text('M = "text-davinci-003" \\\n    if True else "gpt-4o"\n'
                                   'N = "text-davinci-003"\n')
    done = invoke("scan", str(tmp_path), *PINNED, "--add-noqa")
    assert done.exit_code == 1
    assert "a.py:1:5 GM001" in done.stdout
    assert "1 finding could not take a comment" in done.stderr
    assert "Added 1 suppression comment in 1 file." in done.stderr


@pytest.mark.parametrize("flag", ["--fix", "--diff", "--unsafe-fixes", "--statistics",
                                  "--show-fixes"])
def test_add_noqa_refuses_flags_that_would_write_or_print_something_else(tmp_path: Path,
                                                                         flag: str):
    (tmp_path / "a.py").write_text('M = "text-davinci-003"\n')
    done = invoke("scan", str(tmp_path), *PINNED, "--add-noqa", flag)
    assert done.exit_code == 2
    assert done.stderr.strip() == f"gptmigrate: error: --add-noqa cannot be combined with {flag}"
    assert (tmp_path / "a.py").read_text() == 'M = "text-davinci-003"\n'


def test_add_noqa_refuses_stdin():
    done = CliRunner().invoke(main, ["scan", "-", "--add-noqa"], input='M = "gpt-4"\n')
    assert done.exit_code == 2 and "--add-noqa writes files" in done.stderr


def test_no_comment_is_written_where_the_comment_syntax_is_not_pythons(ctx):
    """`#` is no comment in JavaScript: a file of another kind keeps its text and findings,
    with a note (the formats that get comment writers must say so in `noqa.writes_comments`)."""
    from gptmigrate.engine import Mode, process_text

    for name in ("app.js", "settings.env", "tool"):
        result = process_text('M = "text-davinci-003"\n', name, ctx, Mode.NOQA)
        assert result.fixed is None and result.fixes_applied == 0
        assert [f.code for f in result.findings] == ["GM001"]
        assert [(e.kind, e.message) for e in result.errors] == [
            ("note", "no suppression comment is written in this kind of file yet")]
    python = process_text('M = "text-davinci-003"\n', "app.py", ctx, Mode.NOQA)
    assert python.fixes_applied == 1 and python.findings == ()


def test_add_noqa_in_worker_processes_writes_every_file(tmp_path: Path):
    for number in range(6):  # enough candidates for workers
        (tmp_path / f"m{number}.py").write_text(f'M{number} = "text-davinci-003"\n')
    done = invoke("scan", str(tmp_path), *PINNED, "--add-noqa", "--jobs", "2")
    assert (done.exit_code, done.stderr) == (0, "Added 6 suppression comments in 6 files.\n")
    assert {p.read_text() for p in tmp_path.glob("*.py")} == {
        f'M{n} = "text-davinci-003"  # gptmigrate: ignore[GM001]\n' for n in range(6)}
    assert invoke("scan", str(tmp_path), *PINNED).exit_code == 0
