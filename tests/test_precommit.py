"""The hooks in .pre-commit-hooks.yaml, run by the real `pre-commit try-repo`.

try-repo installs the hook repository with pip into its own environment from a git commit
(with uncommitted changes it commits only tracked files), so the test commits a copy of the
working tree into a temporary repository: the hooks under test are exactly the files on disk,
in a developer's checkout and in a fresh CI clone alike.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Dict, List

import pytest
import yaml

from conftest import ROOT

HOOK_FILES = ("src", "pyproject.toml", "migrations.yaml", "README.md", "LICENSE",
              ".pre-commit-hooks.yaml")
LEGACY = 'import openai\nopenai.Completion.create(model="text-davinci-003", prompt="hi")\n'
VISION = 'MODEL = "gpt-4-vision-preview"  # the model of the screenshot feature\n'


def _env(tmp: Path) -> Dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("GIT_", "PRE_COMMIT"))}
    env.update(PRE_COMMIT_HOME=str(tmp / "pre-commit-home"), GIT_AUTHOR_NAME="test",
               GIT_AUTHOR_EMAIL="test@example.invalid", GIT_COMMITTER_NAME="test",
               GIT_COMMITTER_EMAIL="test@example.invalid", PRE_COMMIT_COLOR="never")
    return env


def _git(cwd: Path, env: Dict[str, str], *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


def _pre_commit(cwd: Path, env: Dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "pre_commit", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def repos(tmp_path_factory) -> Dict[str, Path]:
    tmp = tmp_path_factory.mktemp("pre-commit")
    env = _env(tmp)
    hook = tmp / "hook-repo"
    hook.mkdir()
    for name in HOOK_FILES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, hook / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, hook / name)
    _git(hook, env, "init", "-q")
    _git(hook, env, "add", "-A")
    _git(hook, env, "commit", "-q", "-m", "hook under test")
    work = tmp / "project"
    (work / "build").mkdir(parents=True)
    (work / "app.py").write_text(LEGACY)
    (work / "vision.py").write_text(VISION)
    (work / "build" / "generated.py").write_text(LEGACY)
    (work / "pyproject.toml").write_text('[tool.gptmigrate]\nas-of = "2026-11-23"\n')
    _git(work, env, "init", "-q")
    _git(work, env, "add", "-A")
    return {"hook": hook, "work": work, "tmp": tmp}


def test_manifest_declares_both_hooks():
    hooks: List[dict] = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    by_id = {hook["id"]: hook for hook in hooks}
    assert set(by_id) == {"gptmigrate", "gptmigrate-fix"}
    for hook in hooks:
        assert hook["language"] == "python"
        assert {"python", "jupyter", "yaml", "json", "toml", "ini", "dotenv", "javascript",
                "ts", "tsx"} <= set(hook["types_or"])
        assert "--force-exclude" in hook["entry"]
    assert "--fix" in by_id["gptmigrate-fix"]["entry"].split()
    assert "--fix" not in by_id["gptmigrate"]["entry"].split()


def test_check_hook_fails_and_names_the_model(repos):
    env = _env(repos["tmp"])
    done = _pre_commit(repos["work"], env, "try-repo", str(repos["hook"]), "gptmigrate",
                       "--files", "app.py", "build/generated.py")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "gptmigrate" in done.stdout and "Failed" in done.stdout
    assert "app.py:2:32 GM001 text-davinci-003 was shut down on 2024-01-04" in done.stdout
    assert "build/generated.py" not in done.stdout  # --force-exclude: default excludes hold
    assert (repos["work"] / "app.py").read_text() == LEGACY


def test_fix_hook_rewrites_the_file(repos):
    env = _env(repos["tmp"])
    done = _pre_commit(repos["work"], env, "try-repo", str(repos["hook"]), "gptmigrate-fix",
                       "--files", "vision.py")
    assert done.returncode == 1, done.stdout + done.stderr  # pre-commit fails: files modified
    assert "files were modified by this hook" in done.stdout
    assert (repos["work"] / "vision.py").read_text() == VISION.replace(
        "gpt-4-vision-preview", "gpt-4o")
    assert "Fixed 1 finding in 1 file" in done.stdout


def test_installed_hook_blocks_a_commit_of_a_retired_model_in_yaml(repos):
    """`pre-commit install` from a config naming the hook repository, then a real `git commit`
    of a settings file: refused while it names a retired model, accepted once fixed."""
    env = _env(repos["tmp"])
    rev = subprocess.run(["git", "rev-parse", "HEAD"], cwd=repos["hook"], env=env, check=True,
                         capture_output=True, text=True).stdout.strip()
    work = repos["tmp"] / "yaml-project"
    (work / "config").mkdir(parents=True)
    (work / "pyproject.toml").write_text('[tool.gptmigrate]\nas-of = "2026-11-23"\n')
    (work / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {repos['hook']}\n    rev: {rev}\n    hooks:\n"
        f"      - id: gptmigrate\n")
    settings = work / "config" / "settings.yaml"
    settings.write_text("# the chat model: gpt-4-32k until 2025\nllm:\n"
                        "  model: gpt-4-32k  # retired\n  name: ada\n")
    _git(work, env, "init", "-q")
    assert _pre_commit(work, env, "install").returncode == 0
    _git(work, env, "add", "-A")
    done = subprocess.run(["git", "commit", "-m", "settings"], cwd=work, env=env,
                          capture_output=True, text=True, timeout=600)
    output = done.stdout + done.stderr  # git shows a hook's output on stderr
    assert done.returncode != 0, output
    assert "config/settings.yaml:3:10 GM001 gpt-4-32k was shut down on 2025-06-06" in output
    assert "Found 1 finding" in output  # neither the comment nor `name: ada`
    assert subprocess.run(["git", "rev-parse", "--verify", "HEAD"], cwd=work, env=env,
                          capture_output=True).returncode != 0  # nothing was committed
    settings.write_text(settings.read_text().replace("model: gpt-4-32k", "model: gpt-4o"))
    _git(work, env, "add", "-A")
    done = subprocess.run(["git", "commit", "-m", "settings"], cwd=work, env=env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout + done.stderr
