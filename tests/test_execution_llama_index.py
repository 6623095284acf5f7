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

CASES_DIR = Path(__file__).resolve().parent / "execution" / "llama_index"
CASES = sorted(p.name for p in CASES_DIR.iterdir() if (p / "expect.toml").is_file())
LEGACY = ("llama-index==0.9.48", "openai==1.109.1")
CURRENT = ("llama-index-core==0.14.25", "llama-index-llms-openai==0.8.3",
           "llama-index-embeddings-openai==0.7.0")


def _python(name: str, packages: tuple) -> Path:
    return legacy_venv(CACHE / name, packages, packages)


@pytest.fixture(scope="module")
def servers() -> Iterator[Servers]:
    started = Servers().start()
    yield started
    started.close()


@pytest.mark.parametrize("case", CASES)
def test_llama_index_case(case: str, servers: Servers, tmp_path: Path):
    expect = tomllib.loads((CASES_DIR / case / "expect.toml").read_text())
    original, fixed = copy_case(CASES_DIR / case, tmp_path)
    meant = _run([str(_python("llama-index-0.9.48", LEGACY)), "main.py"], original,
                 _environment(servers.old_url, f"test-{case}-2023"))
    assert meant.returncode == 0, meant.stderr[-3000:]
    before = (fixed / "main.py").read_text()
    report = fix_in_place(fixed)
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
