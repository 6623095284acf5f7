"""Value types shared by every stage: findings, fixes and per-file results.

They are frozen so that one set of findings can feed the report and the fixer without either
changing what the other sees.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Optional, Tuple


class Severity(str, Enum):
    """How urgent a finding is; derived from the table's dates, not chosen per rule."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


class FixSafety(str, Enum):
    """Fix tiers in ruff's sense.

    safe: keeps the code working with the same API (applied by --fix).
    unsafe: changes API shape or semantics (applied only with --unsafe-fixes).
    manual: the finding says what to do; nothing is rewritten.
    """

    SAFE = "safe"
    UNSAFE = "unsafe"
    MANUAL = "manual"


@dataclass(frozen=True)
class Position:
    """1-based line and column (columns count characters, as editors do)."""

    line: int
    column: int


@dataclass(frozen=True)
class Edit:
    """Replace source[start:end] (character offsets into the scanned text) with `content`.

    `start_pos`/`end_pos` locate the same span for reports (SARIF regions, JSON).
    """

    start: int
    end: int
    content: str
    start_pos: Position
    end_pos: Position


@dataclass(frozen=True)
class Fix:
    """The edits that resolve one finding; applied all together or not at all."""

    safety: FixSafety
    edits: Tuple[Edit, ...]
    description: str
    # (package, release) pairs: the new code runs only with those releases or later ones
    # installed, so the fix does not apply where the project pins one below (`sdk.hold_unmet`)
    requires: Tuple[Tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Finding:
    """One reported problem at one place in one file."""

    code: str
    name: str
    severity: Severity
    message: str
    start: Position
    end: Position
    model: Optional[str] = None
    replacement: Optional[str] = None
    fix_safety: Optional[FixSafety] = None
    fix: Optional[Fix] = None
    used_at: Tuple[int, ...] = ()
    cell: Optional[int] = None
    shutdown: Optional[str] = None  # ISO day the named model stops (stopped) serving, if known

    @property
    def line(self) -> int:
        return self.start.line

    @property
    def column(self) -> int:
        return self.start.column


@dataclass(frozen=True)
class FileError:
    """A file that could not be read, parsed or written; the run goes on without it.

    With `cell`, only that notebook cell was left out: the rest of the file was scanned (and
    fixed). kind "note" says why a file was passed over; it is no failure.
    """

    path: str
    message: str
    kind: str = "error"
    cell: Optional[int] = None

    @property
    def whole_file(self) -> bool:
        """An error that kept the whole file from being scanned or written."""
        return self.kind == "error" and self.cell is None


@dataclass
class FileResult:
    """Everything the engine learned about one file."""

    path: str
    findings: Tuple[Finding, ...] = ()
    errors: Tuple[FileError, ...] = ()
    original: Optional[str] = None
    fixed: Optional[str] = None
    fixes_applied: int = 0
    notes: Tuple[str, ...] = field(default_factory=tuple)
    # Other files its plans read (a constant defined in another module): not cached alone.
    consulted: Tuple[str, ...] = field(default_factory=tuple, compare=False)

    @property
    def changed(self) -> bool:
        return self.fixed is not None and self.fixed != self.original
