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

import sys
from pathlib import Path
from typing import Iterator

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent / "execution"))
from fake_openai import Servers  # noqa: E402
from harness import CACHE, legacy_venv, openai_environment as _environment  # noqa: E402
from harness import copy_case, fix_in_place, run as _run  # noqa: E402

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

CASES_DIR = Path(__file__).resolve().parent / "execution" / "langchain"
CASES = sorted(p.name for p in CASES_DIR.iterdir() if (p / "expect.toml").is_file())
LEGACY = ("langchain==0.0.354", "openai==0.28.1")


def _legacy_python() -> Path:
    return legacy_venv(CACHE / "langchain-0.0.354", LEGACY, LEGACY)


@pytest.fixture(scope="module")
def servers() -> Iterator[Servers]:
    started = Servers().start()
    yield started
    started.close()


@pytest.mark.parametrize("case", CASES)
def test_langchain_case(case: str, servers: Servers, tmp_path: Path):
    expect = tomllib.loads((CASES_DIR / case / "expect.toml").read_text())
    original, fixed = copy_case(CASES_DIR / case, tmp_path)
    meant = _run([str(_legacy_python()), "main.py"], original,
                 _environment(servers.old_url, f"test-{case}-2023"))
    assert meant.returncode == 0, meant.stderr[-3000:]
    before = (fixed / "main.py").read_text()
    report = fix_in_place(fixed)
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
