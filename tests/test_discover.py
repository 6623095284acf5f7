"""Which files a scan reads: .gitignore, .git/info/exclude, default excludes, --force-exclude."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Set

import pytest
from click.testing import CliRunner

from gptmigrate.cli import main
from gptmigrate.config import Settings
from gptmigrate.discover import discover

LEGACY = 'MODEL = "text-davinci-003"\n'


def found(root: Path, *paths: str, **settings) -> Set[str]:
    items = discover([str(root / p) for p in paths] or [str(root)],
                     replace(Settings(), **settings))
    return {Path(item.path).relative_to(root).as_posix() for item in items if not item.problem}


@pytest.fixture()
def repo(tmp_path: Path) -> Path:
    (tmp_path / ".git" / "info").mkdir(parents=True)
    for name in ("app.py", "notes.ipynb", "readme.txt", "secret_local.py", "gen/client.py",
                 "gen/keep.py", "scratch/try.py", ".venv/lib/x.py", "node_modules/a/b.py",
                 "build/lib/app.py", "dist/x.py", "__pycache__/x.py", "pkg/mod.py",
                 "pkg/fixtures/big.py"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(LEGACY)
    (tmp_path / ".gitignore").write_text("gen/\n!gen/keep.py\nsecret_*.py\n")
    (tmp_path / "pkg" / ".gitignore").write_text("fixtures/\n")
    (tmp_path / ".git" / "info" / "exclude").write_text("scratch/\n")
    return tmp_path


def test_gitignore_info_exclude_and_default_excludes(repo: Path):
    assert found(repo) == {"app.py", "notes.ipynb", "pkg/mod.py"}


def test_no_respect_gitignore_keeps_default_excludes(repo: Path):
    assert found(repo, respect_gitignore=False) == {
        "app.py", "notes.ipynb", "secret_local.py", "gen/client.py", "gen/keep.py",
        "scratch/try.py", "pkg/mod.py", "pkg/fixtures/big.py"}


def test_a_gitignore_above_the_repository_root_is_not_used(tmp_path: Path):
    (tmp_path / ".gitignore").write_text("inner/\n")
    repo = tmp_path / "inner"
    (repo / ".git").mkdir(parents=True)
    (repo / "app.py").write_text(LEGACY)
    assert found(repo) == {"app.py"}


def test_named_files_are_read_unless_force_exclude(repo: Path):
    named = ("secret_local.py", "build/lib/app.py", "gen/client.py", "app.py")
    assert found(repo, *named) == set(named)
    assert found(repo, *named, force_exclude=True) == {"app.py"}


def test_force_exclude_on_the_command_line(repo: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.chdir(repo)
    args = ["scan", "app.py", "build/lib/app.py", "secret_local.py", "--isolated",
            "--format", "concise", "--quiet"]
    loose = CliRunner().invoke(main, args)
    assert {line.split(":")[0] for line in loose.output.splitlines()} == {
        "app.py", "build/lib/app.py", "secret_local.py"}
    strict = CliRunner().invoke(main, [*args, "--force-exclude"])
    assert {line.split(":")[0] for line in strict.output.splitlines()} == {"app.py"}


def test_force_exclude_is_relative_to_the_working_folder(tmp_path: Path, monkeypatch):
    checkout = tmp_path / "build" / "project"  # a checkout that lives under a folder named build
    checkout.mkdir(parents=True)
    (checkout / "app.py").write_text(LEGACY)
    monkeypatch.chdir(checkout)
    items = discover([str(checkout / "app.py")], replace(Settings(), force_exclude=True))
    assert [Path(item.path).name for item in items] == ["app.py"]
