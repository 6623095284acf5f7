"""Interrupt `gptmigrate scan --fix` on a large tree at random moments (SIGKILL and SIGINT to the
whole process group, as `kill -9` or Ctrl-C would) and check that every file is either exactly
its old content or exactly its fixed content: never truncated, never half written.

Bounded for CI (GPTMIGRATE_KILL_ITERATIONS, default 3); scripts/long_properties.sh runs more.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Dict

import pytest

from gptmigrate.files import TEMP_SUFFIX

ITERATIONS = int(os.environ.get("GPTMIGRATE_KILL_ITERATIONS", "3"))
FILES = 120
PINNED = ["--isolated", "--as-of", "2026-11-23", "--no-cache"]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals and groups")


def _module(index: int) -> str:
    # Bulk that is cheap to parse (one string) but makes every write take real time.
    padding = "NOTES = \"\"\"\n" + "".join(f"note {index}.{n}: padding\n" for n in range(600)) + '"""\n'
    return (
        "from openai import OpenAI\n\nclient = OpenAI()\n\n"
        f"def ask_{index}(prompt):\n"
        "    return client.chat.completions.create(\n"
        '        model="gpt-4-vision-preview",\n'
        "        messages=[{'role': 'user', 'content': prompt}],\n"
        "    )\n\n" + padding
    )


def _snapshot(tree: Path) -> Dict[str, bytes]:
    return {str(p.relative_to(tree)): p.read_bytes() for p in sorted(tree.rglob("*.py"))}


def _command(tree: Path, jobs: int = 2):
    return [sys.executable, "-m", "gptmigrate", "scan", str(tree), "--fix", "--quiet",
            "--jobs", str(jobs), *PINNED]


@pytest.fixture(scope="module")
def trees(tmp_path_factory):
    """The pristine tree, and what an uninterrupted --fix makes of it (and how long it takes)."""
    base = tmp_path_factory.mktemp("kill")
    old = base / "old"
    for index in range(FILES):
        folder = old / f"pkg{index % 12}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"mod{index}.py").write_text(_module(index))
    reference = base / "reference"
    shutil.copytree(old, reference)
    started = time.monotonic()
    done = subprocess.run(_command(reference), capture_output=True, text=True, timeout=600)
    duration = time.monotonic() - started
    assert done.returncode == 0, done.stderr
    before, after = _snapshot(old), _snapshot(reference)
    assert before.keys() == after.keys()
    assert all(before[k] != after[k] for k in before)  # every file has something to fix
    return base, before, after, duration


def test_interrupted_fix_leaves_every_file_old_or_new(trees):
    base, before, after, duration = trees
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    outcomes = {"old": 0, "new": 0}
    for iteration in range(ITERATIONS):
        tree = base / f"run{iteration}"
        shutil.rmtree(tree, ignore_errors=True)
        shutil.copytree(base / "old", tree)
        how = signal.SIGKILL if iteration % 2 == 0 else signal.SIGINT
        delay = rng.uniform(0.2, max(0.3, duration * 0.9))
        jobs = 1 if iteration % 3 == 2 else 2  # worker processes, and now and then none
        process = subprocess.Popen(_command(tree, jobs), stdout=subprocess.DEVNULL,
                                   stderr=subprocess.PIPE, start_new_session=True)
        time.sleep(delay)
        try:
            os.killpg(process.pid, how)
        except ProcessLookupError:
            pass  # already finished: every file must then be new
        try:
            _, err = process.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            pytest.fail(f"--fix did not stop within 60 s of {how.name} (seed {seed})")
        context = f"seed {seed}, iteration {iteration}, {how.name} after {delay:.2f}s, jobs {jobs}"
        now = _snapshot(tree)
        assert now.keys() == before.keys(), context
        for name, data in now.items():
            if data == before[name]:
                outcomes["old"] += 1
            elif data == after[name]:
                outcomes["new"] += 1
            else:
                pytest.fail(f"{name} is neither old nor new ({len(data)} bytes; {context})")
        leftovers = [p for p in tree.rglob("*") if p.is_file() and not p.name.endswith(".py")]
        assert all(p.name.endswith(TEMP_SUFFIX) for p in leftovers), (leftovers, context)
        if how == signal.SIGINT:
            assert leftovers == [], (leftovers, context)  # Ctrl-C cleans up after itself
            assert "Traceback" not in err.decode(errors="replace"), context
        shutil.rmtree(tree)
    assert outcomes["old"] + outcomes["new"] == ITERATIONS * FILES
