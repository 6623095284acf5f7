"""CLI behaviour through click's CliRunner and through the installed console script."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import libcst as cst
import pytest
from click.testing import CliRunner

from conftest import ROOT
from gptmigrate.cli import main

EXAMPLE = ROOT / "examples" / "legacy_app"
PINNED = ["--isolated", "--as-of", "2026-11-23"]


def invoke(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


@pytest.fixture()
def legacy_copy(tmp_path: Path) -> Path:
    target = tmp_path / "legacy_app"
    shutil.copytree(EXAMPLE, target)
    return target


def test_example_reports_text_davinci_003_with_replacement():
    result = invoke("scan", str(EXAMPLE), *PINNED)
    assert result.exit_code == 1
    assert "text-davinci-003 was shut down on 2024-01-04" in result.output
    assert "gpt-5.6-terra" in result.output
    assert "GM102" in result.output


def test_clean_tree_exits_zero(tmp_path: Path):
    (tmp_path / "ok.py").write_text('MODEL = "gpt-4o"\n')
    result = invoke("scan", str(tmp_path), *PINNED)
    assert result.exit_code == 0, result.output
    assert "All clear" in result.output


def test_fix_leaves_no_safe_fix_and_files_parse(legacy_copy: Path):
    first = invoke("scan", str(legacy_copy), *PINNED, "--fix")
    assert "Fixed 2 findings" in first.output
    data = json.loads(invoke("scan", str(legacy_copy), *PINNED, "--format", "json").output)
    assert data["summary"]["fixable"]["safe"] == 0
    assert data["summary"]["findings"] > 0
    for path in legacy_copy.glob("*.py"):
        cst.parse_module(path.read_text())
    assert 'VISION_MODEL = "gpt-4o"' in (legacy_copy / "settings.py").read_text()


def test_fix_exits_zero_when_everything_is_fixed(tmp_path: Path):
    source = tmp_path / "vision.py"
    source.write_text('MODEL = "gpt-4-vision-preview"  # keep this comment\n')
    result = invoke("scan", str(source), *PINNED, "--fix")
    assert result.exit_code == 0, result.output
    assert source.read_text() == 'MODEL = "gpt-4o"  # keep this comment\n'


def test_diff_writes_nothing_and_exits_one(legacy_copy: Path):
    before = {p: p.read_bytes() for p in legacy_copy.glob("*.py")}
    result = invoke("scan", str(legacy_copy), *PINNED, "--diff")
    assert result.exit_code == 1
    assert '-VISION_MODEL = "gpt-4-vision-preview"' in result.output
    assert '+VISION_MODEL = "gpt-4o"' in result.output
    assert {p: p.read_bytes() for p in legacy_copy.glob("*.py")} == before


@pytest.mark.parametrize("flags", [
    [], ["--unsafe-fixes"], ["--show-fixes"], ["--unsafe-fixes", "--show-fixes"],
    ["--diff"], ["--diff", "--unsafe-fixes"], ["--diff", "--unsafe-fixes", "--show-fixes"],
    ["--unsafe-fixes", "--statistics"], ["--unsafe-fixes", "--format", "json"],
    ["--unsafe-fixes", "--format", "sarif"], ["--unsafe-fixes", "--no-cache"],
])
def test_no_run_without_fix_writes_a_file(legacy_copy: Path, flags: list):
    (legacy_copy / "requirements.txt").write_text("openai>=1.0\n")
    before = {p: p.read_bytes() for p in legacy_copy.iterdir()}
    result = invoke("scan", str(legacy_copy), *PINNED, *flags)
    assert result.exit_code == 1, result.output
    assert {p: p.read_bytes() for p in legacy_copy.iterdir()} == before
    # the same tree is changed once --fix is given: the flags above did have fixes to apply
    invoke("scan", str(legacy_copy), *PINNED, "--fix", "--unsafe-fixes")
    assert {p: p.read_bytes() for p in legacy_copy.iterdir()} != before


def test_diff_with_nothing_to_change_exits_zero(tmp_path: Path):
    (tmp_path / "ok.py").write_text("x = 1\n")
    result = invoke("scan", str(tmp_path), *PINNED, "--diff")
    assert result.exit_code == 0
    assert result.output == ""


def test_unchanged_file_is_not_rewritten(tmp_path: Path):
    source = tmp_path / "a.py"
    source.write_text('import openai\nopenai.Completion.create(model="text-davinci-003")\n')
    before = source.stat().st_mtime_ns
    invoke("scan", str(source), *PINNED, "--fix")
    assert source.stat().st_mtime_ns == before


def test_json_contract():
    result = invoke("scan", str(EXAMPLE), *PINNED, "--format", "json")
    data = json.loads(result.output)
    assert set(data) >= {"findings", "errors", "summary"}
    required = {"path", "line", "column", "code", "name", "severity", "message", "model",
                "replacement", "fix_safety"}
    assert data["findings"]
    for finding in data["findings"]:
        assert required <= set(finding)
        assert finding["line"] >= 1 and finding["column"] >= 1
        assert finding["fix_safety"] in ("safe", "unsafe", "manual", None)
        assert finding["severity"] in ("error", "warning", "info")
    davinci = [f for f in data["findings"] if f["model"] == "text-davinci-003"]
    assert davinci and all(f["replacement"] == "gpt-5.6-terra" for f in davinci)
    settings_hit = next(f for f in davinci if f["path"].endswith("settings.py"))
    assert (settings_hit["line"], settings_hit["column"]) == (8, 20)
    assert data["summary"]["findings"] == len(data["findings"])


def test_missing_path_is_one_line_and_exit_two(tmp_path: Path):
    result = CliRunner().invoke(main, ["scan", str(tmp_path / "nope"), *PINNED])
    assert result.exit_code == 2
    assert "no such file or directory" in result.output
    assert "Traceback" not in result.output


def test_syntax_error_is_reported_and_run_goes_on(tmp_path: Path):
    (tmp_path / "broken.py").write_text('import openai\nprint "text-davinci-003"\n')
    (tmp_path / "good.py").write_text('MODEL = "text-davinci-003"\n')
    result = CliRunner().invoke(main, ["scan", str(tmp_path), *PINNED])
    assert result.exit_code == 1
    assert "broken.py: syntax error" in result.output
    assert "good.py:1:9 GM001" in result.output


def test_bad_as_of_is_a_usage_error():
    result = CliRunner().invoke(main, ["scan", ".", "--as-of", "yesterday"])
    assert result.exit_code == 2
    assert "is not a date" in result.output


def test_select_and_ignore(tmp_path: Path):
    source = tmp_path / "a.py"
    source.write_text('import openai\nopenai.Completion.create(model="text-davinci-003")\n')
    only_calls = json.loads(invoke("scan", str(source), *PINNED, "--select", "GM1",
                                   "--format", "json").output)
    assert {f["code"] for f in only_calls["findings"]} == {"GM101"}
    no_calls = json.loads(invoke("scan", str(source), *PINNED, "--ignore", "GM101",
                                 "--format", "json").output)
    assert {f["code"] for f in no_calls["findings"]} == {"GM001"}


def test_fail_on_error_ignores_warnings(tmp_path: Path):
    (tmp_path / "a.py").write_text('MODEL = "gpt-3.5-turbo"\n')
    args = ["scan", str(tmp_path), "--isolated", "--as-of", "2026-06-01"]
    assert invoke(*args).exit_code == 1
    assert invoke(*args, "--fail-on", "error").exit_code == 0


def test_explain_and_models_json():
    explained = json.loads(invoke("explain", "text-davinci-003", "--as-of", "2023-12-01",
                                  "--format", "json", "--isolated").output)
    assert explained["target"] == "gpt-3.5-turbo-instruct"
    assert explained["action"] == "rename"
    rows = json.loads(invoke("models", "--format", "json").output)
    assert {"name", "provider", "api", "announced", "shutdown", "replacement", "source"} <= set(rows[0])


def test_rule_command():
    result = invoke("rule", "GM001")
    assert "retired-model" in result.output and "Use instead" in result.output
    assert CliRunner().invoke(main, ["rule", "GM999"]).exit_code == 2


def _console_script() -> str:
    found = shutil.which("gptmigrate", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.fail("the gptmigrate console script is not installed next to this Python")
    return found


def test_console_script_and_module_entry(tmp_path: Path):
    version = subprocess.run([_console_script(), "--version"], capture_output=True, text=True)
    assert version.returncode == 0 and "gptmigrate" in version.stdout
    (tmp_path / "a.py").write_text('MODEL = "text-davinci-003"\n')
    for command in ([_console_script()], [sys.executable, "-m", "gptmigrate"]):
        done = subprocess.run([*command, "scan", str(tmp_path), *PINNED, "--format", "json"],
                              capture_output=True, text=True, cwd=tmp_path)
        assert done.returncode == 1, done.stderr
        assert json.loads(done.stdout)["findings"][0]["model"] == "text-davinci-003"
