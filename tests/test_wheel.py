"""Build the wheel, install it in a fresh venv and run gptmigrate from outside the source tree."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

from conftest import ROOT


def test_installed_wheel_finds_its_table(tmp_path: Path):
    dist = tmp_path / "dist"
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--outdir", str(dist), str(ROOT)],
                   check=True, capture_output=True)
    wheel = next(dist.glob("gptmigrate-*.whl"))
    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=True)
    bin_dir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    subprocess.run([str(bin_dir / "python"), "-m", "pip", "install", "-q", str(wheel)],
                   check=True, capture_output=True)
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
