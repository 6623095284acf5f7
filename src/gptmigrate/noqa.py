"""Suppression comments written for findings: `scan --add-noqa` and the editor's "ignore" action.

`suppress` reads a comment on a finding's first or last line; the comment goes on the first of
those two lines whose end can hold one, i.e. whose end is not inside a string and not a
backslash continuation: exactly the lines on which `tokenize` gives a NEWLINE, NL or COMMENT
token. A line that already holds a comment keeps it: the code joins an existing
`# gptmigrate: ignore[...]` list, or a `# noqa: ...` list that names GM codes (only one directive
per comment is read), else `# gptmigrate: ignore[CODE]` follows the comment. Nothing else changes.
"""

from __future__ import annotations

import io
import tokenize
from dataclasses import dataclass
from typing import Dict, List, Optional, Sequence, Tuple

from gptmigrate.fix import apply_fixes
from gptmigrate.suppress import _IGNORE, _NOQA, _codes
from gptmigrate.types import Edit, Finding, Fix, FixSafety, Position

# The files whose comment syntax this module writes (notebooks go through their cells). A file
# of another format keeps its findings: `#` is no comment everywhere (JavaScript).
PYTHON_SUFFIXES = (".py", ".pyi")
# Unused suppressions are findings about comments: a comment cannot suppress them (ruff's
# --add-noqa leaves RUF100 alone too).
NOT_SUPPRESSIBLE = frozenset({"GM901"})


@dataclass(frozen=True)
class _Line:
    start: int  # offset of the line in the text
    body: str  # the line without its line break
    comment: Optional[Tuple[int, str]]  # (column, text) of its comment


def _lines(text: str) -> Optional[Dict[int, _Line]]:
    """The lines (1-based) that can end in a comment, or None if the text does not tokenize."""
    if "\r" in text and text.count("\r") != text.count("\r\n"):
        return None  # lone CR line breaks: tokenize and the finding positions disagree on lines
    physical = io.StringIO(text).readlines()  # split after each "\n" only, as tokenize reads
    starts, offset = [], 0
    for line in physical:
        starts.append(offset)
        offset += len(line)
    capable: Dict[int, _Line] = {}
    try:
        for token in tokenize.generate_tokens(io.StringIO(text).readline):
            if token.type not in (tokenize.NEWLINE, tokenize.NL, tokenize.COMMENT):
                continue
            number = token.start[0]
            if number > len(physical):
                continue  # the NEWLINE tokenize adds after a last line without a break
            body = physical[number - 1].rstrip("\r\n")
            comment = (token.start[1], token.string) if token.type == tokenize.COMMENT else None
            if comment is not None or number not in capable:
                capable[number] = _Line(starts[number - 1], body, comment)
    except (tokenize.TokenError, SyntaxError):
        return None
    return capable


def _placeable(line: Optional[_Line]) -> bool:
    """Whether a line-level directive can go on this line (a file-level one would be read
    instead of a second directive in the same comment)."""
    if line is None:
        return False
    if line.comment is None:
        return True
    ignore = _IGNORE.search(line.comment[1])
    return ignore is None or not ignore.group("file")


def _directive_edit(number: int, line: _Line, codes: Sequence[str]) -> Optional[Edit]:
    """The edit that makes the comment of `line` suppress `codes` too (None: it already does)."""
    if line.comment is None:
        content_end = len(line.body.rstrip(" \t"))
        return _edit(number, line, content_end, len(line.body),
                     f"  # gptmigrate: ignore[{','.join(codes)}]")
    column, comment = line.comment
    ignore = _IGNORE.search(comment)
    if ignore is not None:
        return _merge(number, line, column, ignore, "codes", codes, f"[{','.join(codes)}]",
                      ",")
    noqa = _NOQA.search(comment)
    if noqa is not None and noqa.group("codes") is not None and _codes(noqa.group("codes")):
        return _merge(number, line, column, noqa, "codes", codes, "", ", ")
    end = column + len(comment)
    return _edit(number, line, end, end, f"  # gptmigrate: ignore[{','.join(codes)}]")


def _merge(number: int, line: _Line, column: int, match, group: str, codes: Sequence[str],
           fresh: str, separator: str) -> Optional[Edit]:
    """Add the codes a directive's list lacks at the end of that list."""
    listed = match.group(group)
    if listed is None:  # `# gptmigrate: ignore`: a list where there was none
        at = column + match.end()
        return _edit(number, line, at, at, fresh)
    have = set(_codes(listed) or ())
    missing = [code for code in codes if code not in have]
    if not missing:
        return None
    at = column + match.end(group)
    joiner = "" if not listed.strip() else separator
    return _edit(number, line, at, at, joiner + separator.join(missing))


def _edit(number: int, line: _Line, start: int, end: int, content: str) -> Edit:
    return Edit(line.start + start, line.start + end, content, Position(number, start + 1),
                Position(number, end + 1))


def writes_comments(path: str) -> bool:
    """Whether suppression comments can be written into the file at `path`."""
    return path.endswith(PYTHON_SUFFIXES)


def suppression_edits(text: str, findings: Sequence[Finding],
                      ) -> Tuple[List[Edit], List[Finding]]:
    """One edit per line that must suppress more codes, and the findings no line of theirs can
    take a comment for (left as they are)."""
    wanted = [f for f in findings if f.code not in NOT_SUPPRESSIBLE]
    if not wanted:
        return [], []
    lines = _lines(text)
    if lines is None:
        return [], list(wanted)
    codes_by_line: Dict[int, List[str]] = {}
    unplaced: List[Finding] = []
    for finding in wanted:
        number = next((n for n in (finding.start.line, finding.end.line)
                       if _placeable(lines.get(n))), None)
        if number is None:
            unplaced.append(finding)
            continue
        codes = codes_by_line.setdefault(number, [])
        if finding.code not in codes:
            codes.append(finding.code)
    edits = []
    for number, codes in sorted(codes_by_line.items()):
        edit = _directive_edit(number, lines[number], sorted(codes))
        if edit is not None:
            edits.append(edit)
    return edits, unplaced


def as_fixes(edits: Sequence[Edit]) -> List[Fix]:
    """The edits as fixes (one per line), for the code that splices fixes into text."""
    return [Fix(FixSafety.SAFE, (edit,), "add a suppression comment") for edit in edits]


def add_suppressions(text: str, findings: Sequence[Finding]) -> Tuple[str, int, List[Finding]]:
    """The text with a suppression comment for each finding; how many lines got one (or a longer
    one); the findings that could not get one."""
    edits, unplaced = suppression_edits(text, findings)
    new_text, _ = apply_fixes(text, as_fixes(edits))
    return new_text, len(edits), unplaced


__all__ = ["NOT_SUPPRESSIBLE", "PYTHON_SUFFIXES", "add_suppressions", "as_fixes",
           "suppression_edits", "writes_comments"]
