"""Preloaded by the warm python that runs `gptmigrate scan --fix` on each execution case: the
modules a scan imports lazily, and one table load (its regular expressions land in `re`'s cache,
which the forked scans inherit), so each scan pays only for its own files."""

import datetime as dt

import gptmigrate.cli  # noqa: F401
import gptmigrate.rewrite  # noqa: F401
from gptmigrate import discover, engine, fix, formats, freshness  # noqa: F401
from gptmigrate.config import Settings

engine.build_context(Settings(as_of=dt.date(2026, 11, 23)))
