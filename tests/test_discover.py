"""Which files a scan reads: .gitignore, .git/info/exclude, default excludes, --force-exclude."""

from __future__ import annotations

import fnmatch
import os
from dataclasses import replace
from pathlib import Path
from typing import List, Set

import pytest
from click.testing import CliRunner
from pathspec import GitIgnoreSpec

from gptmigrate.cli import main
from gptmigrate.config import Settings
from gptmigrate.discover import _Rules, discover

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


def _reference(root: Path, settings: Settings) -> List[str]:
    """The plain algorithm the walk must agree with: `os.walk` (top-down, following links,
    sorted), every exclude pattern through `fnmatch`, and for every path each enclosing
    folder's .gitignore + .git/info/exclude up to the innermost folder with a `.git`."""
    patterns = tuple(settings.exclude) + tuple(settings.extend_exclude)

    def excluded(path: Path) -> bool:
        return any(fnmatch.fnmatch(path.name, p) or fnmatch.fnmatch(path.as_posix(), p)
                   or ("/" in p and fnmatch.fnmatch(path.as_posix(), f"*/{p.strip('/')}"))
                   for p in patterns)

    def ignored(path: Path, is_dir: bool) -> bool:
        for folder in path.parents:
            lines: List[str] = []
            for name in (".gitignore", ".git/info/exclude"):
                if (folder / name).is_file():
                    lines += (folder / name).read_text(encoding="utf-8").splitlines()
            relative = path.relative_to(folder).as_posix() + ("/" if is_dir else "")
            if lines and GitIgnoreSpec.from_lines(lines).match_file(relative):
                return True
            if (folder / ".git").exists():
                return False
        return False

    found, seen, visited = [], set(), set()
    for folder, dirnames, filenames in os.walk(root, followlinks=True):
        here = Path(folder)
        if os.path.realpath(folder) in visited:
            dirnames[:] = []
            continue
        visited.add(os.path.realpath(folder))
        gitignore = settings.respect_gitignore
        dirnames[:] = sorted(d for d in dirnames if not excluded(here / d)
                             and not (gitignore and ignored(here.absolute() / d, True)))
        for name in sorted(filenames):
            path = here / name
            if (name.endswith((".py", ".pyi", ".ipynb")) and not excluded(path)
                    and not (gitignore and ignored(here.absolute() / name, False))
                    and os.path.realpath(path) not in seen):
                seen.add(os.path.realpath(path))
                found.append(str(path))
    return found


@pytest.fixture()
def tangled(tmp_path: Path) -> Path:
    """Nested .gitignore files with negations and folder-only rules, a nested repository, a rule
    file above the repository, symlinks to files and folders, and a symlink loop."""
    (tmp_path / ".gitignore").write_text("*.py\n")  # above the repository: never applies
    repo = tmp_path / "repo"
    (repo / ".git" / "info").mkdir(parents=True)
    (repo / ".git" / "info" / "exclude").write_text("private/\n")
    (repo / ".gitignore").write_text("*_gen.py\nlogs\n/top_only.py\ncache/\n!keep_gen.py\n")
    files = ["app.py", "a_gen.py", "keep_gen.py", "top_only.py", "logs/x.py", "cache/c.py",
             "private/p.py", "pkg/top_only.py", "pkg/b_gen.py", "pkg/notes.ipynb", "pkg/deep/z.py",
             "pkg/deep/y.pyi", "pkg/deep/data.txt", "pkg/build/out.py", "pkg/x.egg-info/e.py",
             "vendor/lib/v.py", "vendor/lib/w.py", "sub/app.py", "sub/a_gen.py", "sub/skip.py",
             "odd name/ü.py", "B.py", "a.py", "_.py"]
    for name in files:
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(LEGACY)
    (repo / "pkg" / ".gitignore").write_text("deep/z.py\n!b_gen.py\n")
    (repo / "sub" / ".git").write_text("gitdir: elsewhere\n")  # a submodule: its own root
    (repo / "sub" / ".gitignore").write_text("skip.py\n")
    (repo / "alias.py").symlink_to(repo / "app.py")
    (repo / "pkg" / "again").symlink_to(repo / "pkg")  # a loop
    (repo / "linked").symlink_to(repo / "vendor")
    (repo / "dangling.py").symlink_to(repo / "missing.py")
    return repo


@pytest.mark.parametrize("options", [
    {}, {"respect_gitignore": False}, {"extend_exclude": ("vendor/lib", "*/deep/*.py", "sub")},
    {"exclude": ()},
])
def test_walk_agrees_with_the_plain_algorithm(tangled: Path, monkeypatch, options):
    settings = replace(Settings(), **options)
    for root, cwd in ((tangled, None), (Path("."), tangled), (Path("pkg"), tangled),
                      (Path("repo/"), tangled.parent)):
        if cwd is not None:
            monkeypatch.chdir(cwd)
        expected = _reference(root, settings)
        assert [item.path for item in discover([str(root)], settings)] == expected, root
    assert expected  # the tree is not empty under any options


_RULE_LINES = ["__pycache__/", "*.py[cod]", "build/", "/site", "docs/_build/", "*.egg-info/",
               "a/**/b", "**/gen/**", "foo bar", "\\#hash", "[!a]*.c", "local_settings.py",
               ".venv", "env/", "# a comment", ""]
_RULE_PATHS = ["x.pyc", "pkg/x.pyo", "x.py", "build/", "build", "src/build/", "site", "sub/site",
               "docs/_build/", "docs/_build", "a.egg-info/", "a/b", "a/x/y/b", "a/b/", "q/gen/z.py",
               "gen/", "foo bar", "#hash", "b.c", "a.c", "deep/local_settings.py", ".venv/",
               ".venv", "env", "env/", "src/env/", "plain.py", "pkg/sub/mod.py"]


@pytest.mark.parametrize("negation", [None, "!keep.pyc", "!pkg/"])
def test_folder_rules_decide_like_pathspec(negation):
    """The rules of a folder are tried as one expression when nothing is negated; either way
    they must decide every path exactly as pathspec's GitIgnoreSpec does."""
    lines = _RULE_LINES + ([negation] if negation else [])
    spec = GitIgnoreSpec.from_lines(lines)
    rules = _Rules(spec)
    assert (rules._union is not None) is (negation is None)
    decisions = {path: rules.ignores(path) for path in _RULE_PATHS + ["keep.pyc", "pkg/"]}
    assert decisions == {path: spec.match_file(path) for path in decisions}
    assert any(decisions.values()) and not all(decisions.values())


def test_notebook_checkpoints_are_excluded_by_default(tmp_path: Path):
    """Jupyter's autosave copies (`.ipynb_checkpoints/x-checkpoint.ipynb`) are not the project's
    notebooks: scanning them would report every finding twice, as ruff's default excludes know."""
    (tmp_path / "lesson.ipynb").write_text("{}")
    (tmp_path / ".ipynb_checkpoints").mkdir()
    (tmp_path / ".ipynb_checkpoints" / "lesson-checkpoint.ipynb").write_text("{}")
    assert found(tmp_path) == {"lesson.ipynb"}
    assert found(tmp_path, exclude=()) == {"lesson.ipynb",
                                           ".ipynb_checkpoints/lesson-checkpoint.ipynb"}
