"""The LangChain execution cases: legacy LangChain programs are fixed by the CLI and then run.

Each case in tests/execution/langchain/<case>/ is a small program on langchain 0.0.x (its
`langchain.llms` / `langchain.chat_models` import paths and the `predict()` / call interface
langchain-core 1.x removed). The original runs once with langchain==0.0.354 and openai==0.28.1
(a venv built once under the tests' cache, as the openai suite's) against the fake OpenAI API's
era "2023": its stdout is what the program means. Then `gptmigrate scan CASE --fix
--unsafe-fixes` rewrites a copy, which runs with the current langchain-openai (the `test` extra)
against the era "now" server. expect.toml: `runs` (files changed, the same output) or `manual`
(a remaining finding's message holds `reason`, and the files are unchanged).
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

CASES_DIR = Path(__file__).resolve().parent / "execution" / "langchain"
CASES = sorted(p.name for p in CASES_DIR.iterdir() if (p / "expect.toml").is_file())
LEGACY = ("langchain==0.0.354", "openai==0.28.1")
FIX_ARGS = ["scan", ".", "--fix", "--unsafe-fixes", "--isolated", "--as-of", "2026-11-23",
            "--format", "json", "--no-cache"]


def _legacy_python() -> Path:
    return legacy_venv(CACHE / "langchain-0.0.354", LEGACY, LEGACY)


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
def test_langchain_case(case: str, servers: Servers, tmp_path: Path):
    expect = tomllib.loads((CASES_DIR / case / "expect.toml").read_text())
    original, fixed = tmp_path / "original", tmp_path / "fixed"
    ignore = shutil.ignore_patterns("expect.toml", "__pycache__")
    shutil.copytree(CASES_DIR / case, original, ignore=ignore)
    shutil.copytree(CASES_DIR / case, fixed, ignore=ignore)
    meant = _run([str(_legacy_python()), "main.py"], original,
                 _environment(servers.old_url, f"test-{case}-2023"))
    assert meant.returncode == 0, meant.stderr[-3000:]
    before = (fixed / "main.py").read_text()
    script = Path(sys.executable).with_name("gptmigrate")
    report = json.loads(_run([str(script), *FIX_ARGS], fixed, dict(os.environ)).stdout)
    after = (fixed / "main.py").read_text()
    if expect["expect"] == "manual":
        assert after == before
        assert any(expect["reason"] in finding["message"] for finding in report["findings"])
        return
    assert after != before
    ran = _run([sys.executable, "main.py"], fixed, _environment(servers.new_url,
                                                               f"test-{case}-now"))
    assert ran.returncode == 0, f"{after}\n{ran.stderr[-3000:]}"
    assert ran.stdout == meant.stdout
