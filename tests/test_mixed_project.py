"""A realistic mixed project (tests/projects/mixed_app): a Python service, `.env`, settings
YAML, a Helm chart, an INI file, package.json/tsconfig.json and a TypeScript/JSX web client.

It must scan to exactly the expected findings (paths and positions exact in every output
format), fix cleanly (only the values' characters change, every file parses again with its
own parser, a second run finds only what is left to do by hand) and leave out what is not
code: README prose, comments, node_modules, a Helm template that is not YAML.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Dict, List, Tuple

from click.testing import CliRunner

from conftest import ROOT
from gptmigrate.cli import main
from gptmigrate.formats import reader_for

PROJECT = ROOT / "tests" / "projects" / "mixed_app"
PINNED = ["--isolated", "--as-of", "2026-11-23", "--no-cache"]

# (path, line, column, code, model, fix safety): the findings, in report order.
EXPECTED = [
    (".env", 3, 14, "GM001", "gpt-4-32k", "safe"),
    (".env", 5, 14, "GM001", "gpt-4-vision-preview", "safe"),
    (".env", 6, 25, "GM001", "gpt-35-turbo-0301", "manual"),  # an Azure deployment
    ("pyproject.toml", 7, 9, "GM001", "gpt-4-32k", "safe"),
    ("config/settings.yaml", 9, 12, "GM001", "gpt-4-32k", "safe"),
    ("config/settings.yaml", 12, 13, "GM001", "davinci", "manual"),  # under `engine:`
    ("config/settings.yaml", 14, 12, "GM001", "gpt-4-vision-preview", "safe"),
    ("config/settings.yaml", 15, 23, "GM001", "gpt-4-32k", "safe"),
    ("deploy/helm/values.yaml", 7, 12, "GM001", "gpt-4-32k", "safe"),
    ("deploy/helm/values.yaml", 9, 12, "GM001", "davinci", "manual"),  # name: SUMMARY_ENGINE
    ("deploy/helm/values.yaml", 13, 12, "GM001", "gpt-4-32k", "manual"),  # Azure deployment
    ("service/app.py", 10, 40, "GM001", "gpt-4-32k", "safe"),
    ("service/app.py", 11, 17, "GM001", "text-davinci-003", "manual"),
    ("service/app.py", 23, 16, "GM101", None, "unsafe"),
    ("service/settings.ini", 3, 9, "GM001", "gpt-4-32k", "safe"),
    ("web/package.json", 10, 14, "GM001", "gpt-4-32k", "safe"),
    ("web/src/ModelBadge.tsx", 5, 38, "GM001", "gpt-4-vision-preview", "safe"),
    ("web/src/client.ts", 4, 23, "GM205", None, "manual"),
    ("web/src/client.ts", 5, 16, "GM205", None, "manual"),
    ("web/src/client.ts", 7, 53, "GM001", "gpt-4-32k", "safe"),
    ("web/src/client.ts", 10, 26, "GM205", None, "manual"),
    ("web/src/client.ts", 19, 26, "GM101", None, "manual"),
    ("web/src/client.ts", 19, 59, "GM001", "text-davinci-003", "manual"),
    ("web/src/models.js", 4, 29, "GM001", "gpt-4-32k", "safe"),
    ("web/src/models.js", 6, 31, "GM001", "davinci", "manual"),  # DEFAULT_ENGINE
]


def _scan(root: Path, *args: str) -> Tuple[int, str]:
    result = CliRunner().invoke(main, ["scan", str(root), *PINNED, *args],
                                catch_exceptions=False)
    return result.exit_code, result.output


def _relative(path: str, root: Path) -> str:
    """`path` (a path or a SARIF file: URI) below `root`."""
    if path.startswith("file:"):
        from urllib.parse import unquote, urlparse

        path = unquote(urlparse(path).path)
    return Path(path).resolve().relative_to(root.resolve()).as_posix()


def _findings(root: Path) -> List[dict]:
    code, output = _scan(root, "--format", "json")
    assert code == 1
    report = json.loads(output)
    assert report["errors"] == []
    return report["findings"]


def _copy(tmp_path: Path) -> Path:
    copy = tmp_path / "mixed_app"
    shutil.copytree(PROJECT, copy)
    return copy


def test_scan_finds_exactly_the_expected_findings(tmp_path: Path):
    root = _copy(tmp_path)
    found = [(_relative(f["path"], root), f["line"], f["column"], f["code"], f["model"],
              f["fix_safety"]) for f in _findings(root)]
    assert found == EXPECTED


def test_positions_are_exact_in_json_and_sarif(tmp_path: Path):
    root = _copy(tmp_path)
    findings = _findings(root)
    texts: Dict[str, List[str]] = {}
    for finding in findings:
        lines = texts.setdefault(finding["path"], Path(finding["path"]).read_text().split("\n"))
        line = lines[finding["line"] - 1]
        token = line[finding["column"] - 1:finding["end_column"] - 1]
        if finding["model"] is not None:
            assert token.strip("'\"`") == finding["model"], finding
        if finding["fix"] is not None and finding["model"] is not None:
            (edit,) = finding["fix"]["edits"]
            assert line[edit["column"] - 1:edit["end_column"] - 1] == finding["model"]
    code, output = _scan(root, "--format", "sarif")
    results = json.loads(output)["runs"][0]["results"]
    regions = [(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
                r["locations"][0]["physicalLocation"]["region"]) for r in results]
    assert [(_relative(uri, root), region["startLine"], region["startColumn"],
             region["endLine"], region["endColumn"]) for uri, region in regions] == [
        (_relative(f["path"], root), f["line"], f["column"], f["end_line"], f["end_column"])
        for f in findings]
    code, output = _scan(root, "--format", "github")
    assert output.count("::error file=") == len(EXPECTED)
    assert f"file={root}/deploy/helm/values.yaml,line=9,col=12," in output


def test_statistics_count_every_format(tmp_path: Path):
    root = _copy(tmp_path)
    code, output = _scan(root, "--statistics", "--format", "json")
    rows = {(row["code"], row["model"]): row for row in json.loads(output)}
    assert rows[("GM001", "gpt-4-32k")]["findings"] == sum(
        1 for f in EXPECTED if f[4] == "gpt-4-32k")
    assert rows[("GM001", "gpt-4-32k")]["files"] == 9
    assert rows[("GM205", None)]["findings"] == 3


def test_fix_changes_only_the_values_and_every_file_parses(tmp_path: Path):
    root = _copy(tmp_path)
    before = {p: p.read_text() for p in root.rglob("*") if p.is_file()}
    code, output = _scan(root, "--fix")
    safe = [f for f in EXPECTED if f[5] == "safe"]
    assert f"Fixed {len(safe)} findings" in output
    replacements = {"gpt-4-32k": "gpt-4o", "gpt-4-vision-preview": "gpt-4o"}
    expected_lines: Dict[Path, Dict[int, str]] = {}
    for path, line, _, _, model, _ in safe:
        file = root / path
        old = before[file].split("\n")[line - 1]
        expected_lines.setdefault(file, {})[line] = old.replace(model, replacements[model], 1)
    for path, text in before.items():
        after = path.read_text()
        if path not in expected_lines:
            assert after == text, path
            continue
        old_lines, new_lines = text.split("\n"), after.split("\n")
        assert len(old_lines) == len(new_lines)
        for number, (old, new) in enumerate(zip(old_lines, new_lines), 1):
            assert new == expected_lines[path].get(number, old), (path, number)
        reader = reader_for(str(path))
        if reader is not None:
            assert reader.check(after) is None, path
        else:
            compile(after, str(path), "exec")
    remaining = [(_relative(f["path"], root), f["line"], f["code"]) for f in _findings(root)]
    assert remaining == [(path, line, code) for path, line, _, code, _, safety in EXPECTED
                         if safety != "safe"]


def test_cached_scan_matches_and_the_installed_script_blocks(tmp_path: Path):
    root = _copy(tmp_path)
    cache = tmp_path / "cache"
    command = [str(Path(sys.executable).parent / "gptmigrate"), "scan", str(root), "--isolated",
               "--as-of", "2026-11-23", "--cache-dir", str(cache), "--format", "concise"]
    cold = subprocess.run(command, capture_output=True, text=True, timeout=120)
    warm = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert cold.returncode == warm.returncode == 1, cold.stderr
    assert cold.stdout == warm.stdout
    assert f"Found {len(EXPECTED)} findings in 14 files" in cold.stdout  # README.md and node_modules are not read
    assert any(cache.rglob("*")), "the cache was not written"
