"""Shared test helpers: a run context pinned to a fixed day, so results never drift with time."""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import replace
from pathlib import Path

import pytest

from gptmigrate.config import Settings
from gptmigrate.engine import Context, build_context
from gptmigrate.freshness import TODAY_VARIABLE

# The execution cases are programs under test, not tests: a case's own `tests/test_*.py` (a
# project's unit tests it runs itself) is never collected by this suite.
collect_ignore_glob = ["execution/*"]

TODAY = dt.date(2026, 11, 23)
# The table's age is counted to this day in every test, console scripts included: no test
# depends on the real calendar (a stale-table warning would appear in 2027 otherwise).
os.environ[TODAY_VARIABLE] = TODAY.isoformat()
ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"


def make_context(**changes) -> Context:
    """A context as `gptmigrate scan --isolated --as-of 2026-11-23` would build it."""
    return build_context(replace(Settings(as_of=TODAY), **changes))


@pytest.fixture(scope="session")
def ctx() -> Context:
    return make_context()
