"""Suppression comments, as ruff reads them, and the unused-suppression report (GM901).

- `# noqa` (bare) suppresses every finding on its line; `# noqa: GM001, E501` only the listed
  GM codes (other tools' codes are left to those tools).
- `# gptmigrate: ignore[GM001,GM101]` (or `ignore[retired-model]`, or bare `ignore`) on a line.
- `# gptmigrate: ignore-file` (optionally `ignore-file[GM001]`) anywhere silences the file.

Only real comments count (found with `tokenize`), never text inside strings. A finding is
suppressed by a comment on its first or its last line.
"""

from __future__ import annotations

import io
import re
import tokenize
from dataclasses import dataclass, field
from typing import Callable, List, Optional, Sequence, Set, Tuple

from gptmigrate.rules import get_rule
from gptmigrate.types import Finding, FixSafety, Position, Severity

_NOQA = re.compile(r"#\s*noqa(?::\s*(?P<codes>[A-Za-z0-9_-]+(?:[\s,]+[A-Za-z0-9_-]+)*))?",
                   re.IGNORECASE)
_IGNORE = re.compile(r"#\s*gptmigrate:\s*ignore(?P<file>-file)?(?:\[(?P<codes>[^\]]*)\])?",
                     re.IGNORECASE)
SUPPRESSION_MARKERS = ("noqa", "gptmigrate:")


@dataclass
class Suppression:
    """One suppression comment; `codes` None means every rule."""

    line: int
    start: Position
    end: Position
    codes: Optional[Tuple[str, ...]]
    file_level: bool
    reportable: bool  # bare `# noqa` belongs to every linter: never reported as unused
    used: Set[str] = field(default_factory=set)

    def covers(self, code: str) -> bool:
        return self.codes is None or code in self.codes


def _codes(raw: Optional[str]) -> Optional[Tuple[str, ...]]:
    """GM codes named in a comment (readable names too); None when no list is given."""
    if raw is None or not raw.strip():
        return None
    codes = []
    for item in re.split(r"[\s,]+", raw.strip()):
        rule = get_rule(item) if item else None
        if rule is not None:
            codes.append(rule.code)
        elif item.upper().startswith("GM"):
            codes.append(item.upper())  # an unknown GM code: kept so it can be reported unused
    return tuple(codes)


# A comment: where it starts and ends, and its text from its `#` on.
Comment = Tuple[Position, Position, str]


def python_comments(text: str) -> List[Comment]:
    """The comments of a Python source text, found by `tokenize` (never text inside strings)."""
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(text).readline))
    except (tokenize.TokenError, SyntaxError):
        return []
    return [(Position(token.start[0], token.start[1] + 1),
             Position(token.end[0], token.end[1] + 1), token.string)
            for token in tokens if token.type == tokenize.COMMENT]


def find_suppressions(text: str, comments: Optional[Sequence[Comment]] = None,
                      ) -> List[Suppression]:
    """Every suppression comment of a source text, in order: the Python comments of `text`, or
    `comments` as another format's reader found them (each written from a `#`, whatever the
    format's own comment leader)."""
    if not any(marker in text for marker in SUPPRESSION_MARKERS):
        return []
    found: List[Suppression] = []
    for start, end, string in python_comments(text) if comments is None else comments:
        line = start.line
        ignore = _IGNORE.search(string)
        if ignore is not None:
            found.append(Suppression(line, start, end, _codes(ignore.group("codes")),
                                     bool(ignore.group("file")), True))
            continue
        noqa = _NOQA.search(string)
        if noqa is not None:
            raw = noqa.group("codes")
            codes = _codes(raw)
            if raw is not None and not codes:
                continue  # `# noqa: E501`: another tool's suppression
            found.append(Suppression(line, start, end, codes, False, raw is not None))
    return found


def apply_suppressions(
    findings: Sequence[Finding],
    text: str,
    enabled: Callable[[str], bool],
    report_unused: bool,
    comments: Optional[Sequence[Comment]] = None,
) -> List[Finding]:
    """The findings no comment suppresses, plus GM901 for unused suppressions when asked;
    `comments`: those of a non-Python file, as `find_suppressions` takes them."""
    if not findings and not report_unused:
        return []  # nothing to suppress: the file is not tokenized (`# noqa` is everywhere)
    suppressions = find_suppressions(text, comments)
    if not suppressions:
        return list(findings)
    file_level = [s for s in suppressions if s.file_level]
    by_line = {}
    for suppression in suppressions:
        if not suppression.file_level:
            by_line.setdefault(suppression.line, []).append(suppression)
    kept: List[Finding] = []
    for finding in findings:
        lines = {finding.start.line, finding.end.line}
        matching = [s for s in file_level if s.covers(finding.code)] + [
            s for line in sorted(lines) for s in by_line.get(line, ()) if s.covers(finding.code)]
        for suppression in matching:
            suppression.used.add(finding.code)
        if not matching:
            kept.append(finding)
    if report_unused:
        kept.extend(_unused(suppressions, enabled))
    return sorted(kept, key=lambda f: (f.start.line, f.start.column, f.code))


def _unused(suppressions: Sequence[Suppression], enabled: Callable[[str], bool]) -> List[Finding]:
    rule = get_rule("GM901")
    assert rule is not None
    out: List[Finding] = []
    for suppression in suppressions:
        if not suppression.reportable:
            continue
        if suppression.codes is None:
            unused: List[str] = [] if suppression.used else ["every rule"]
        else:
            unused = [code for code in suppression.codes
                      if code not in suppression.used and (enabled(code) or not get_rule(code))]
        if not unused:
            continue
        what = "file-level suppression" if suppression.file_level else "suppression"
        out.append(Finding(
            code=rule.code, name=rule.name, severity=Severity.INFO,
            message=f"unused {what} ({', '.join(unused)}): nothing to suppress here",
            start=suppression.start, end=suppression.end, fix_safety=FixSafety.MANUAL))
    return out


__all__ = ["Comment", "Suppression", "apply_suppressions", "find_suppressions", "python_comments"]
