"""[tool.gptmigrate] in pyproject.toml, --config and --isolated: every key and every error."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Dict, Set

import pytest
from click.testing import CliRunner

from gptmigrate.cli import main

LEGACY = 'import openai\nopenai.Completion.create(model="text-davinci-003", prompt="hi")\n'


def scan(*args: str):
    return CliRunner().invoke(main, ["scan", *args], catch_exceptions=False)


def findings(*args: str) -> Dict:
    result = scan(*args, "--format", "json")
    assert result.exit_code in (0, 1), result.output
    return json.loads(result.stdout)


def codes(*args: str) -> Set[str]:
    return {f["code"] for f in findings(*args)["findings"]}


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    (tmp_path / "src" / "pkg").mkdir(parents=True)
    (tmp_path / "src" / "pkg" / "app.py").write_text(LEGACY)
    return tmp_path


def configure(project: Path, body: str) -> None:
    (project / "pyproject.toml").write_text(f'[project]\nname = "x"\n\n[tool.gptmigrate]\n{body}')


def test_config_is_found_walking_up_from_the_path(project: Path):
    configure(project, 'select = ["GM1"]\nas-of = "2026-11-23"\n')
    assert codes(str(project / "src" / "pkg")) == {"GM101"}
    assert codes(str(project / "src" / "pkg"), "--isolated", "--as-of", "2026-11-23") == {
        "GM001", "GM101"}


def test_flags_override_the_file(project: Path):
    configure(project, 'ignore = ["GM101"]\n')
    assert codes(str(project)) == {"GM001"}
    assert codes(str(project), "--select", "GM101") == {"GM101"}


def test_config_file_option_reads_a_plain_toml(project: Path, tmp_path_factory):
    other = tmp_path_factory.mktemp("conf") / "gptmigrate.toml"
    other.write_text('select = ["GM001"]\n')
    configure(project, 'select = ["GM101"]\n')
    assert codes(str(project), "--config", str(other)) == {"GM001"}


def test_as_of_and_fail_on(project: Path):
    (project / "src" / "pkg" / "app.py").write_text('MODEL = "gpt-3.5-turbo"\n')
    configure(project, 'as-of = "2026-06-01"\nfail-on = "error"\n')
    data = findings(str(project))
    assert data["as_of"] == "2026-06-01"
    assert {f["severity"] for f in data["findings"]} == {"warning"}
    assert scan(str(project)).exit_code == 0


def test_exclude_and_extend_exclude(project: Path):
    (project / "generated").mkdir()
    (project / "generated" / "client.py").write_text(LEGACY)
    (project / "build").mkdir()
    (project / "build" / "old.py").write_text(LEGACY)
    paths = lambda *a: {Path(f["path"]).relative_to(project).as_posix()
                        for f in findings(str(project), *a)["findings"]}
    assert paths() == {"src/pkg/app.py", "generated/client.py"}
    configure(project, 'extend-exclude = ["generated"]\n')
    assert paths() == {"src/pkg/app.py"}
    configure(project, 'exclude = ["src"]\n')  # replaces the defaults: build/ is scanned again
    assert paths() == {"generated/client.py", "build/old.py"}
    configure(project, "")
    assert paths("--extend-exclude", "generated") == {"src/pkg/app.py"}


def test_per_file_ignores(project: Path):
    (project / "tests").mkdir()
    (project / "tests" / "test_app.py").write_text(LEGACY)
    configure(project, '[tool.gptmigrate.per-file-ignores]\n"tests/*" = ["GM"]\n'
                       '"src/**/app.py" = ["GM101"]\n')
    found = {(Path(f["path"]).name, f["code"]) for f in findings(str(project))["findings"]}
    assert found == {("app.py", "GM001")}


def test_providers_tables_and_targets(project: Path):
    (project / "src" / "pkg" / "app.py").write_text(
        'import openai\nclient = openai.OpenAI()\n'
        'client.chat.completions.create(model="house-model-1", messages=[])\n'
        'client.chat.completions.create(model="text-davinci-003", messages=[])\n')
    (project / "house.yaml").write_text(
        "version: 1\nchecked: 2026-11-01\nsources:\n  HOUSE: https://example.invalid/house\n"
        "models:\n  - name: house-model-1\n    provider: google\n    api: chat\n"
        "    announced: 2025-01-01\n    shutdown: 2025-06-01\n    source: HOUSE\n"
        "    confidence: high\n    replacements:\n"
        "      - {model: gpt-4o, since: 2025-01-01, source: HOUSE}\n")
    configure(project, 'tables = ["house.yaml"]\nas-of = "2026-11-23"\n'
                       '[tool.gptmigrate.targets]\nchat = "gpt-4o"\n')
    data = findings(str(project))
    models = {f["model"]: f["replacement"] for f in data["findings"] if f["model"]}
    assert models == {"house-model-1": "gpt-4o", "text-davinci-003": "gpt-4o"}
    configure(project, 'tables = ["house.yaml"]\nproviders = ["google"]\n')
    assert {f["model"] for f in findings(str(project))["findings"] if f["model"]} == {
        "house-model-1"}


@pytest.mark.parametrize("body, key, expected", [
    ('selekt = ["GM"]\n', "tool.gptmigrate.selekt", "unknown key"),
    ('select = "GM001"\n', "tool.gptmigrate.select", "must be a list of strings"),
    ('fail-on = "fatal"\n', "tool.gptmigrate.fail-on", "must be one of"),
    ('as-of = "soon"\n', "tool.gptmigrate.as-of", "must be a date"),
    ('[tool.gptmigrate.targets]\nchat = 4\n', "tool.gptmigrate.targets", "must map"),
    ('[tool.gptmigrate.per-file-ignores]\n"x.py" = "GM"\n', "tool.gptmigrate.per-file-ignores",
     "must map"),
])
def test_bad_settings_exit_two_naming_file_and_key(project: Path, body: str, key: str,
                                                   expected: str):
    configure(project, body)
    result = scan(str(project))
    assert result.exit_code == 2
    assert str(project / "pyproject.toml") in result.output
    assert f"'{key}'" in result.output and expected in result.output
    assert "Traceback" not in result.output
    assert scan(str(project), "--isolated").exit_code == 1


def test_malformed_toml_exits_two_with_file_and_line(project: Path):
    (project / "pyproject.toml").write_text('[tool.gptmigrate]\nselect = ["GM"\nignore = []\n')
    result = scan(str(project / "src"))
    assert result.exit_code == 2
    assert str(project / "pyproject.toml") in result.output
    assert "line 3" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_retired_target_is_refused(project: Path):
    configure(project, '[tool.gptmigrate.targets]\nchat = "gpt-3.5-turbo"\n')
    result = scan(str(project), "--as-of", "2026-11-23")
    assert result.exit_code == 2
    assert "targets.chat" in result.output and "shut down" in result.output


def test_readme_configuration_reference_shows_every_key(tmp_path: Path):
    from conftest import ROOT
    from gptmigrate.config import _KEYS, Settings, apply_config, read_config

    readme = (ROOT / "README.md").read_text()
    block = readme.split("## Configuration", 1)[1].split("```toml", 1)[1].split("```", 1)[0]
    for key, (_, kind) in _KEYS.items():
        shown = f"[tool.gptmigrate.{key}]" if kind in ("targets", "per-file") else f"\n{key} = "
        assert shown in block, f"README configuration reference lacks {key!r}"
    example = tmp_path / "pyproject.toml"
    example.write_text(block)
    settings = apply_config(Settings(), read_config(example))  # the example itself is valid
    assert settings.per_file_ignores["tests/**"] == ("GM",)
