"""Every `scan --format`, --statistics, --output-file, stdin and the progress bar."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Dict, List

import jsonschema
import pytest
from hypothesis import HealthCheck, assume, given, settings as hsettings, strategies as st
from click.testing import CliRunner

from gptmigrate.cli import main
from gptmigrate.engine import Mode, run
from gptmigrate.report import Progress, _github_data, _github_property, progress_wanted
from gptmigrate.rules import get_rule

from conftest import make_context

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text())
PINNED = ["--isolated", "--as-of", "2026-11-23"]
APP = (
    "import openai\n"
    'MODEL = "gpt-4-vision-preview"\n'
    'openai.Completion.create(model="text-davinci-003", prompt="hi")\n'
)


def scan(*args: str, input: str | None = None):
    return CliRunner().invoke(main, ["scan", *args, *PINNED], input=input,
                              catch_exceptions=False)


@pytest.fixture()
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A folder holding app.py, made the working folder so reported paths are relative."""
    (tmp_path / "app.py").write_text(APP)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _json(*args: str) -> Dict:
    return json.loads(scan(".", "--format", "json", *args).output)


def test_sarif_validates_against_the_schema_and_carries_rules_and_fixes(project: Path):
    result = scan(".", "--format", "sarif")
    assert result.exit_code == 1
    log = json.loads(result.output)
    jsonschema.Draft7Validator(SCHEMA).validate(log)
    run_ = log["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    for rule in rules:
        assert rule["help"]["text"] and rule["helpUri"].startswith("https://")
    results = run_["results"]
    assert {r["ruleId"] for r in results} == {"GM001", "GM101"}
    for res in results:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
        assert res["properties"]["url"] == get_rule(res["ruleId"]).url
        assert res["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "app.py"
    vision = next(r for r in results if r["properties"]["model"] == "gpt-4-vision-preview")
    assert vision["locations"][0]["physicalLocation"]["region"] == {
        "startLine": 2, "startColumn": 9, "endLine": 2, "endColumn": 31}
    (change,) = vision["fixes"][0]["artifactChanges"]
    (replacement,) = change["replacements"]
    assert replacement["insertedContent"]["text"] == "gpt-4o"


def _apply_sarif_replacement(text: str, replacement: Dict) -> str:
    """Apply one SARIF replacement (1-based lines, code point columns, end exclusive)."""
    lines = text.splitlines(keepends=True)
    region = replacement["deletedRegion"]
    start = sum(map(len, lines[: region["startLine"] - 1])) + region["startColumn"] - 1
    end = sum(map(len, lines[: region["endLine"] - 1])) + region["endColumn"] - 1
    return text[:start] + replacement["insertedContent"]["text"] + text[end:]


def test_sarif_fix_regions_reproduce_what_fix_writes(project: Path):
    log = json.loads(scan(".", "--format", "sarif").output)
    text = APP
    for res in log["runs"][0]["results"]:
        for fix in res.get("fixes", []):
            if "(safe fix)" in fix["description"]["text"]:
                for rep in fix["artifactChanges"][0]["replacements"]:
                    text = _apply_sarif_replacement(text, rep)
    assert scan(".", "--fix").exit_code == 1  # the Completions call remains
    assert text == (project / "app.py").read_text()
    assert 'MODEL = "gpt-4o"' in text


def test_sarif_reports_unreadable_files_as_notifications(project: Path):
    (project / "broken.py").write_text('import openai\nprint "text-davinci-003"\n')
    log = json.loads(scan(".", "--format", "sarif").stdout)
    jsonschema.Draft7Validator(SCHEMA).validate(log)
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    assert "syntax error" in invocation["toolExecutionNotifications"][0]["message"]["text"]


_COMMAND = re.compile(r"^::(?P<kind>error|warning|notice) (?P<props>[^:]*)::(?P<message>.*)$")


def _annotations(output: str) -> List[Dict[str, str]]:
    parsed = []
    for line in output.splitlines():
        match = _COMMAND.match(line)
        assert match, line
        props = dict(p.split("=", 1) for p in match["props"].split(","))
        parsed.append({"kind": match["kind"], "message": match["message"], **props})
    return parsed


def test_github_annotations_point_at_the_file_and_line(project: Path):
    sub = project / "pkg"
    sub.mkdir()
    (sub / "late.py").write_text('\n\nMODEL = "gpt-3.5-turbo"\n')
    result = scan(".", "--format", "github")
    assert result.exit_code == 1
    annotations = _annotations(result.output)
    by_model = {}
    source_lines = {}
    for note in annotations:
        lines = (project / note["file"]).read_text().splitlines()
        text = lines[int(note["line"]) - 1]
        source_lines[note["title"]] = text
        start = int(note["col"]) - 1
        by_model[text[start:int(note["endColumn"]) - 1]] = note
    assert by_model['"gpt-4-vision-preview"']["file"] == "app.py"
    assert by_model['"gpt-4-vision-preview"']["line"] == "2"
    assert by_model['"text-davinci-003"']["kind"] == "error"
    late = by_model['"gpt-3.5-turbo"']
    assert (late["file"], late["line"], late["col"]) == ("pkg/late.py", "3", "9")
    assert late["title"].startswith("gptmigrate GM00")
    assert all(note["message"].startswith("GM") for note in annotations)


def test_github_escaping_follows_the_runner_rules(tmp_path: Path, monkeypatch):
    assert _github_data("50% done\r\nnext") == "50%25 done%0D%0Anext"
    assert _github_property("a:b,c%") == "a%3Ab%2Cc%25"
    monkeypatch.chdir(tmp_path)
    (tmp_path / "odd,name:x.py").write_text('MODEL = "text-davinci-003"\n')
    (note,) = _annotations(scan(".", "--format", "github").output)
    assert note["file"] == "odd%2Cname%3Ax.py"


def test_gitlab_code_quality_shape_and_stable_fingerprints(project: Path):
    issues = json.loads(scan(".", "--format", "gitlab").output)
    assert len(issues) == len(_json()["findings"]) == 3
    for issue in issues:
        assert isinstance(issue["description"], str) and issue["description"]
        assert issue["check_name"].startswith("GM")
        assert re.fullmatch(r"[0-9a-f]{64}", issue["fingerprint"])
        assert issue["severity"] in ("info", "minor", "major", "critical", "blocker")
        assert issue["location"]["path"] == "app.py"
        assert isinstance(issue["location"]["lines"]["begin"], int)
    assert len({i["fingerprint"] for i in issues}) == len(issues)
    (project / "app.py").write_text("# a new first line\n" + APP)
    moved = json.loads(scan(".", "--format", "gitlab").output)
    assert [i["fingerprint"] for i in moved] == [i["fingerprint"] for i in issues]
    assert [i["location"]["lines"]["begin"] for i in moved] == [
        i["location"]["lines"]["begin"] + 1 for i in issues]


def test_concise_is_one_line_per_finding(project: Path):
    result = scan(".", "--format", "concise", "--quiet")
    lines = result.output.splitlines()
    assert len(lines) == 3
    for line in lines:
        assert re.match(r"^app\.py:\d+:\d+: GM\d{3} ", line), line
    assert "app.py:2:9: GM001 [*] gpt-4-vision-preview" in result.output
    assert "Found 3 findings" in scan(".", "--format", "concise").output


def test_machine_output_is_stdout_only_through_the_console_script(project: Path):
    (project / "broken.py").write_text('import openai\nprint "text-davinci-003"\n')
    script = Path(sys.executable).parent / "gptmigrate"
    for fmt in ("json", "sarif", "gitlab"):
        done = subprocess.run([str(script), "scan", ".", "--format", fmt, *PINNED],
                              capture_output=True, text=True, cwd=project)
        assert done.returncode == 1
        json.loads(done.stdout)
        assert "broken.py: syntax error" in done.stderr
    done = subprocess.run([str(script), "scan", ".", "--format", "github", *PINNED],
                          capture_output=True, text=True, cwd=project)
    assert all(line.startswith("::") for line in done.stdout.splitlines())


def test_output_file_leaves_stdout_empty(project: Path):
    result = scan(".", "--format", "sarif", "--output-file", "report.sarif")
    assert result.exit_code == 1
    assert result.output == ""
    jsonschema.Draft7Validator(SCHEMA).validate(json.loads((project / "report.sarif").read_text()))


def test_unwritable_output_file_is_one_line_and_exit_two(project: Path):
    result = CliRunner().invoke(main, ["scan", ".", *PINNED, "--output-file",
                                       str(project / "missing" / "report.json")])
    assert result.exit_code == 2
    assert result.output.startswith("gptmigrate: error: cannot write ")
    assert "Traceback" not in result.output


def test_statistics_is_a_markdown_migration_plan(project: Path):
    (project / "other.py").write_text('MODEL = "text-davinci-003"\n')
    result = scan(".", "--statistics")
    assert result.exit_code == 1
    rows = [line for line in result.output.splitlines() if line.startswith("| GM")]
    davinci = next(row for row in rows if "`text-davinci-003`" in row)
    cells = [cell.strip() for cell in davinci.strip("|").split("|")]
    assert cells == ["GM001 retired-model", "`text-davinci-003`", "2024-01-04",
                     "`gpt-5.6-terra`", "2", "2", "0"]
    assert rows.index(davinci) < rows.index(next(r for r in rows if "gpt-4-vision" in r))
    data = json.loads(scan(".", "--statistics", "--format", "json").output)
    vision = next(row for row in data if row["model"] == "gpt-4-vision-preview")
    assert vision == {"code": "GM001", "name": "retired-model", "model": "gpt-4-vision-preview",
                      "findings": 1, "files": 1, "shutdown": "2024-12-06",
                      "replacement": "gpt-4o", "fixable": 1}
    assert scan(".", "--statistics", "--format", "sarif").exit_code == 2


def test_exit_zero_and_quiet(project: Path):
    result = scan(".", "--exit-zero", "--quiet")
    assert result.exit_code == 0
    assert "GM001" in result.output and "Found" not in result.output


def test_stdin_reports_under_the_given_name(project: Path):
    result = scan("-", "--stdin-filename", "src/app.py", "--format", "json", input=APP)
    assert result.exit_code == 1
    paths = {f["path"] for f in json.loads(result.output)["findings"]}
    assert paths == {"src/app.py"}
    implied = scan("--stdin-filename", "src/app.py", "--format", "concise", input=APP)
    assert "src/app.py:2:9: GM001" in implied.output


def test_stdin_fix_prints_the_fixed_source_byte_for_byte():
    source = APP.replace("\n", "\r\n")
    runner = CliRunner()
    result = runner.invoke(main, ["scan", "-", "--fix", "--stdin-filename", "app.py", *PINNED],
                           input=source.encode())
    assert result.stdout_bytes == source.replace("gpt-4-vision-preview", "gpt-4o").encode()
    assert "GM101" in result.stderr
    assert result.exit_code == 1


def test_stdin_with_force_exclude_leaves_an_excluded_file_alone(project: Path):
    result = scan("-", "--fix", "--force-exclude", "--stdin-filename", "build/app.py", input=APP)
    assert result.stdout == APP
    assert result.exit_code == 0
    checked = scan("-", "--force-exclude", "--stdin-filename", "build/app.py", input=APP)
    assert checked.exit_code == 0 and "GM001" not in checked.output


def test_progress_only_for_a_person_at_a_terminal():
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert progress_wanted(Tty(), {}) is True
    assert progress_wanted(io.StringIO(), {}) is False
    assert progress_wanted(Tty(), {"CI": "true"}) is False
    assert progress_wanted(Tty(), {"TERM": "dumb"}) is False


def test_progress_bar_follows_the_engine(project: Path):
    (project / "second.py").write_text("x = 1\n")
    (project / "third.py").write_text("x = 1\n")
    seen = []
    stream = io.StringIO()
    with Progress(stream, force_terminal=True, delay=0) as bar:
        def update(done: int, total: int) -> None:
            seen.append((done, total))
            bar.update(done, total)

        run(["."], make_context(), Mode.CHECK, progress=update)
    assert seen == [(1, 3), (2, 3), (3, 3)]
    assert "scanning" in stream.getvalue()
    quick = io.StringIO()
    with Progress(quick, force_terminal=True, delay=60) as bar:
        run(["."], make_context(), Mode.CHECK, progress=bar.update)
    assert quick.getvalue() == ""  # a run shorter than the delay shows nothing
    assert "scanning" not in scan(".").output


def test_notebook_findings_never_point_at_a_wrong_line_of_the_ipynb():
    from gptmigrate.report import RunInfo, gitlab_report, sarif_log, write_github
    from gptmigrate.types import Edit, FileResult, Finding, Fix, FixSafety, Position, Severity

    start, end = Position(3, 9), Position(3, 27)
    finding = Finding("GM001", "retired-model", Severity.ERROR, "text-davinci-003 was shut down",
                      start, end, model="text-davinci-003", cell=2,
                      fix=Fix(FixSafety.SAFE, (Edit(8, 26, "x", start, end),), "rename"))
    results = [FileResult(path="nb.ipynb", findings=(finding,))]
    log = sarif_log(results, RunInfo("2026-11-23", "2026-11-23", "check"))
    jsonschema.Draft7Validator(SCHEMA).validate(log)
    (res,) = log["runs"][0]["results"]
    assert "region" not in res["locations"][0]["physicalLocation"] and "fixes" not in res
    assert res["message"]["text"].startswith("cell 2, line 3: ")
    out = io.StringIO()
    write_github(results, out)
    (note,) = _annotations(out.getvalue())
    assert note["file"] == "nb.ipynb" and "line" not in note
    assert "cell 2, line 3" in note["message"]
    (issue,) = gitlab_report(results)
    assert issue["location"]["lines"] == {"begin": 1} and "cell 2, line 3" in issue["description"]


def test_every_rule_url_has_an_anchor_in_the_readme():
    from gptmigrate.rules import RULES

    from conftest import ROOT

    readme = (ROOT / "README.md").read_text()
    for rule in RULES:
        fragment = rule.url.split("#", 1)[1]
        assert f'<a id="{fragment}"></a>' in readme, (
            f"{rule.code}: add <a id=\"{fragment}\"></a> to its row of the README's Rules table")


def test_rule_all_documents_every_rule_in_ruff_shape():
    from gptmigrate.rules import RULES

    result = CliRunner().invoke(main, ["rule", "--all"])
    assert result.exit_code == 0
    for rule in RULES:
        assert f"{rule.code} {rule.name}" in result.output
        assert f"Documentation: {rule.url}" in result.output
        for reference in rule.references:
            assert f"Reference: {reference}" in result.output
    for section in ("What it finds:", "Why:", "Example:", "Use instead:", "Fix safety:"):
        assert result.output.count(section) == len(RULES)


def test_sarif_of_the_legacy_example_validates_with_api_rewrite_fixes(monkeypatch):
    from conftest import ROOT

    monkeypatch.chdir(ROOT / "examples")
    log = json.loads(scan("legacy_app", "--format", "sarif").stdout)
    jsonschema.Draft7Validator(SCHEMA).validate(log)
    results = log["runs"][0]["results"]
    fixed = [r for r in results if "fixes" in r]
    assert any("unsafe fix" in r["fixes"][0]["description"]["text"] for r in fixed)
    for res in fixed:
        for change in res["fixes"][0]["artifactChanges"]:
            lines = (ROOT / "examples" / change["artifactLocation"]["uri"]).read_text().splitlines()
            for rep in change["replacements"]:
                region = rep["deletedRegion"]
                assert 1 <= region["startLine"] <= region["endLine"] <= len(lines)
                if region["startLine"] == region["endLine"]:
                    assert region["startColumn"] <= region["endColumn"]


def _text_report(path: str, message: str, styled: bool, monkeypatch) -> str:
    """write_text's output for one finding, through rich (`styled`) or the plain writer."""
    import gptmigrate.report as report
    from gptmigrate.types import FileResult, Finding, Position, Severity

    finding = Finding(code="GM001", name="retired-model", message=message,
                      severity=Severity.ERROR, start=Position(3, 5), end=Position(3, 9))
    out = io.StringIO()
    monkeypatch.setattr(report, "_styled", lambda stream, color: styled)
    info = report.RunInfo(as_of="2026-11-23", table_checked="2026-11-23", mode="check")
    report.write_text([FileResult(path=path, findings=(finding,))], info, out, color=None)
    return out.getvalue()


@hsettings(max_examples=200, deadline=None,
           suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(st.characters(blacklist_characters="\t"), max_size=30),
       st.text(st.characters(blacklist_characters="\t"), max_size=60))
def test_plain_report_is_what_rich_prints_to_a_pipe(monkeypatch, path: str, message: str):
    """Unstyled, the report skips rich and must print what rich would, character for character
    (rich's liberties left out: it expands a tab to the next multiple of 8 columns,
    `escape` doubles a backslash at the very end of a text, which rich then prints twice, and
    a backslash right before `[` is taken as markup's escape even after `escape`)."""
    assume(not message.endswith("\\"))
    assume("\\[" not in message and "\\[" not in path)
    assert _text_report(path, message, False, monkeypatch) == \
        _text_report(path, message, True, monkeypatch)


def test_fine_tuned_ids_keep_their_colons_in_the_text_report(project: Path):
    """rich reads `:id:` as an emoji code unless told not to."""
    out = io.StringIO()
    from gptmigrate.report import _console

    _console(out, True).print("ft:davinci-002:acme:id:abc")
    assert "ft:davinci-002:acme:id:abc" in out.getvalue()
