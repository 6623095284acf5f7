"""The LlamaIndex execution cases: legacy LlamaIndex programs are fixed by the CLI and then run.

Each case in tests/execution/llama_index/<case>/ is a small program on llama-index 0.9 (its
aggregate import paths, `from llama_index.llms import OpenAI`). The original runs once with
llama-index==0.9.48 (and openai 1.x) against the fake OpenAI API's era "2023"; then
`gptmigrate scan CASE --fix --unsafe-fixes` rewrites a copy, which runs with the current
llama-index-core and its OpenAI integration packages against the era "now" server. Both
generations live in venvs built once under the tests' cache. expect.toml: `runs` (files
changed, the same output), `manual` (a remaining finding's message holds `reason`; the fixed
program prints the same or stops only at the retired model the finding is about, a 404), or
`unchanged` (no byte changes, the same output).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path
from typing import Iterator

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "execution"))
from fake_openai import Servers  # noqa: E402
from harness import CACHE, legacy_venv, run as _run  # noqa: E402

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CASES_DIR = Path(__file__).resolve().parent / "execution" / "llama_index"
CASES = sorted(p.name for p in CASES_DIR.iterdir() if (p / "expect.toml").is_file())
LEGACY = ("llama-index==0.9.48", "openai==1.109.1")
CURRENT = ("llama-index-core==0.14.25", "llama-index-llms-openai==0.8.3",
           "llama-index-embeddings-openai==0.7.0")
FIX_ARGS = ["scan", ".", "--fix", "--unsafe-fixes", "--isolated", "--as-of", "2026-11-23",
            "--format", "json", "--no-cache"]


def _python(name: str, packages: tuple) -> Path:
    return legacy_venv(CACHE / name, packages, packages)


def _environment(base_url: str, key: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI", "AZURE"))}
    env.update({"OPENAI_API_KEY": key, "OPENAI_API_BASE": base_url + "/v1",
                "OPENAI_BASE_URL": base_url + "/v1", "NO_PROXY": "127.0.0.1,localhost",
                "PYTHONIOENCODING": "utf-8"})
    return env


@pytest.fixture(scope="module")
def servers() -> Iterator[Servers]:
    started = Servers().start()
    yield started
    started.close()


@pytest.mark.parametrize("case", CASES)
def test_llama_index_case(case: str, servers: Servers, tmp_path: Path):
    expect = tomllib.loads((CASES_DIR / case / "expect.toml").read_text())
    original, fixed = tmp_path / "original", tmp_path / "fixed"
    ignore = shutil.ignore_patterns("expect.toml", "__pycache__")
    shutil.copytree(CASES_DIR / case, original, ignore=ignore)
    shutil.copytree(CASES_DIR / case, fixed, ignore=ignore)
    meant = _run([str(_python("llama-index-0.9.48", LEGACY)), "main.py"], original,
                 _environment(servers.old_url, f"test-{case}-2023"))
    assert meant.returncode == 0, meant.stderr[-3000:]
    before = (fixed / "main.py").read_text()
    script = Path(sys.executable).with_name("gptmigrate")
    report = json.loads(_run([str(script), *FIX_ARGS], fixed, dict(os.environ)).stdout)
    after = (fixed / "main.py").read_text()
    ran = _run([str(_python("llama-index-core-0.14.25", CURRENT)), "main.py"], fixed,
               _environment(servers.new_url, f"test-{case}-now"))
    if expect["expect"] == "unchanged":
        assert after == before and not report["findings"]
        assert (ran.returncode, ran.stdout) == (0, meant.stdout), ran.stderr[-3000:]
        return
    assert after != before, "the import was not rewritten"
    compile(after, "main.py", "exec")
    if expect["expect"] == "manual":
        assert any(expect["reason"] in finding["message"] for finding in report["findings"])
        stopped = [e for e in servers.new.requests_of(f"test-{case}-now") if e.status == 404]
        assert (ran.returncode == 0 and ran.stdout == meant.stdout) or (
            stopped and "NotFoundError" in ran.stderr), f"{after}\n{ran.stderr[-3000:]}"
        return
    assert not report["findings"], report["findings"]
    assert (ran.returncode, ran.stdout) == (0, meant.stdout), f"{after}\n{ran.stderr[-3000:]}"
