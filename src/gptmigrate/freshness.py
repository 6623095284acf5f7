"""How old the migration table is, and the one line that says so when it is too old.

Retirements are announced every month: a table whose `checked:` day lies more than
STALE_AFTER_DAYS before today misses some of them, and a clean run with it proves less than it
seems to. The age is counted on the real calendar, whatever `--as-of` says: it measures what has
been announced since the table was checked, which judging another day does not change. With
local tables layered over the shipped one, the newest `checked:` day counts.
"""

from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass
from typing import Mapping, Optional

STALE_AFTER_DAYS = 60
# The day the age is counted to, instead of the system clock: for tests and reproducible logs.
TODAY_VARIABLE = "GPTMIGRATE_TODAY"


def today(environ: Mapping[str, str] = os.environ) -> _dt.date:
    """The real calendar day, or the one GPTMIGRATE_TODAY names (ValueError if it is no day)."""
    value = environ.get(TODAY_VARIABLE, "").strip()
    if not value:
        return _dt.date.today()
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{TODAY_VARIABLE}={value!r} is not a date (YYYY-MM-DD)") from None


@dataclass(frozen=True)
class TableAge:
    """The table's `checked:` day and how many days before today it lies."""

    checked: _dt.date
    days: int

    @property
    def stale(self) -> bool:
        return self.days > STALE_AFTER_DAYS

    @property
    def notice(self) -> Optional[str]:
        """The one line a person must read when the table is stale (None while it is fresh)."""
        if not self.stale:
            return None
        return (f"the migration table was last checked on {self.checked.isoformat()}, "
                f"{self.days} days ago: retirements announced since then are not known to this "
                f"run; upgrade gptmigrate (pip install -U gptmigrate) or layer a newer local "
                f"table with --table")


def table_age(checked: Optional[_dt.date], day: Optional[_dt.date] = None) -> Optional[TableAge]:
    """The age of a table checked on `checked` as of `day` (default: today()); None if the
    table names no day."""
    if checked is None:
        return None
    return TableAge(checked, ((day or today()) - checked).days)


__all__ = ["STALE_AFTER_DAYS", "TODAY_VARIABLE", "TableAge", "table_age", "today"]
