"""Build the wheel, install it in a fresh venv and run gptmigrate from outside the source tree."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import venv
from pathlib import Path
from typing import Tuple

import pytest

from conftest import ROOT
from lsp_session import Session


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Tuple[Path, Path]:
    """(the venv's bin folder, the wheel) with the wheel installed, without extras."""
    tmp_path = tmp_path_factory.mktemp("wheel")
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
                   check=True, capture_output=True)
    wheel = next(dist.glob("gptmigrate-*.whl"))
    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheel)],
                   check=True, capture_output=True)
    return bin_dir, wheel


def test_installed_wheel_finds_its_table(installed: Tuple[Path, Path], tmp_path: Path):
    bin_dir, _ = installed
    work = tmp_path / "elsewhere"
    work.mkdir()
    (work / "app.py").write_text('import openai\nopenai.Completion.create(model="text-davinci-003")\n')
    done = subprocess.run(
        [str(bin_dir / "gptmigrate"), "scan", ".", "--isolated", "--as-of", "2026-11-23",
         "--format", "json"],
        cwd=work, capture_output=True, text=True,
    )
    assert done.returncode == 1, done.stderr
    data = json.loads(done.stdout)
    assert {f["code"] for f in data["findings"]} == {"GM001", "GM101"}
    located = subprocess.run(
        [str(bin_dir / "python"), "-c",
         "import sys, gptmigrate.table as t; text, path = t.shipped_table_text(); "
         "print(path); print(t._twin_data(text) is not None); t.load_table(); "
         "print('yaml' in sys.modules)"],
        cwd=work, capture_output=True, text=True, check=True,
    )
    path, twin_used, yaml_imported = located.stdout.split()
    assert "site-packages" in path, located.stdout
    # The wheel ships the table's JSON twin, and loading the table then never parses YAML.
    assert (twin_used, yaml_imported) == ("True", "False"), located.stdout


def test_installed_wheel_adds_suppressions_and_says_the_table_age(
        installed: Tuple[Path, Path], tmp_path: Path):
    bin_dir, _ = installed
    (tmp_path / "app.py").write_text('MODEL = "text-davinci-003"\n')
    scan = [str(bin_dir / "gptmigrate"), "scan", ".", "--isolated", "--as-of", "2026-11-23"]
    added = subprocess.run([*scan, "--add-noqa"], cwd=tmp_path, capture_output=True, text=True)
    assert (added.returncode, added.stderr) == (0, "Added 1 suppression comment in 1 file.\n")
    assert subprocess.run(scan, cwd=tmp_path, capture_output=True).returncode == 0
    stale = subprocess.run([str(bin_dir / "gptmigrate"), "models"], cwd=tmp_path,
                           capture_output=True, text=True,
                           env={**os.environ, "GPTMIGRATE_TODAY": "2030-01-01"})
    assert stale.stdout.startswith("Table checked ") and "last checked on" in stale.stderr


def test_installed_wheel_runs_the_language_server(installed: Tuple[Path, Path],
                                                  tmp_path: Path):
    """Without the extra: one line saying what to install. With it: a real LSP exchange."""
    bin_dir, wheel = installed
    missing = subprocess.run([str(bin_dir / "gptmigrate"), "server"], capture_output=True,
                             text=True, stdin=subprocess.DEVNULL)
    assert (missing.returncode, missing.stderr) == (
        2, "gptmigrate: error: the language server needs pygls: "
           "pip install 'gptmigrate[server]'\n")
    subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "-q", f"{wheel}[server]"],
                   check=True, capture_output=True)
    (tmp_path / "app.py").write_text('MODEL = "gpt-4-vision-preview"\n')
    uri = (tmp_path / "app.py").as_uri()

    async def exchange() -> None:
        session = Session()
        await session.start([str(bin_dir / "gptmigrate"), "server"], tmp_path)
        session.open(uri, (tmp_path / "app.py").read_text())
        [diagnostic] = await session.diagnostics(uri)
        assert diagnostic.code == "GM001"
        actions = await session.actions(uri, 0)
        assert any(a.is_preferred and "gpt-4o" in a.title for a in actions)
        assert await session.stop() == 0

    asyncio.run(asyncio.wait_for(exchange(), 240))
