"""action.yml: a composite action whose scan step really runs and annotates."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

from conftest import ROOT


def _steps():
    action = yaml.safe_load((ROOT / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    return action, action["runs"]["steps"]


def test_action_sets_up_python_installs_itself_and_scans():
    action, steps = _steps()
    assert steps[0]["uses"].startswith("actions/setup-python@")
    install = steps[1]
    assert "pip install" in install["run"] and "$ACTION_PATH" in install["run"]
    assert install["env"]["ACTION_PATH"] == "${{ github.action_path }}"
    assert action["inputs"]["format"]["default"] == "github"
    for step in steps[1:]:
        assert "${{" not in step["run"]  # inputs only through env: no script injection


def test_scan_step_annotates_every_path(tmp_path: Path):
    _, steps = _steps()
    scan_step = steps[-1]
    (tmp_path / "pkg").mkdir()
    (tmp_path / "app.py").write_text('MODEL = "text-davinci-003"\n')
    (tmp_path / "pkg" / "embed.py").write_text('\nEMBEDDING_MODEL = "text-search-ada-doc-001"\n')
    env = dict(os.environ,
               PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
               GPTMIGRATE_PATHS="app.py pkg",
               GPTMIGRATE_ARGS="--isolated --as-of 2026-11-23",
               GPTMIGRATE_FORMAT="github")
    done = subprocess.run(["bash", "-c", scan_step["run"]], cwd=tmp_path, env=env,
                          capture_output=True, text=True)
    assert done.returncode == 1, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("::error file=app.py,line=1,col=9,")
    assert lines[1].startswith("::error file=pkg/embed.py,line=2,col=19,")
