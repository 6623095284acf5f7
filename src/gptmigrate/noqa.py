"""Suppression comments written for findings: `scan --add-noqa` and the editor's "ignore" action.

`suppress` reads a comment on a finding's first or last line; the comment goes on the first of
those two lines whose end can hold one, i.e. whose end is not inside a string and not a
backslash continuation: exactly the lines on which `tokenize` gives a NEWLINE, NL or COMMENT
token. A line that already holds a comment keeps it: the code joins an existing
`# gptmigrate: ignore[...]` list, or a `# noqa: ...` list that names GM codes (only one directive
per comment is read), else `# gptmigrate: ignore[CODE]` follows the comment. Nothing else changes.

Other formats get the directive in their own comment syntax where a comment is a comment to
every program that reads the file: YAML and TOML (`#`), JavaScript and TypeScript (`//`). Each
comment is placed only if the format's own reader, reading the new text, finds the added text
inside a comment and every string value under its key as before (a line that ends inside a
block scalar, a multi-line string or a template literal is never written into). `.env` and INI
files are left alone (whether `# x` after a value is a comment depends on the program that
reads them), and JSON has no comments.
"""

from __future__ import annotations

import io
import tokenize
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Dict, List, Optional, Sequence, Tuple

from gptmigrate.fix import apply_fixes
from gptmigrate.suppress import _IGNORE, _NOQA, _codes
from gptmigrate.types import Edit, Finding, Fix, FixSafety, Position

if TYPE_CHECKING:
    from gptmigrate.formats import Reader
    from gptmigrate.formats.base import Document

# Python files (notebooks go through their cells) and, by reader name, the formats whose comments
# are written, with the leader they are written with.
PYTHON_SUFFIXES = (".py", ".pyi")
LEADERS = {"YAML": "#", "TOML": "#", "JavaScript": "//", "TypeScript": "//", "TSX": "//"}
# Unused suppressions are findings about comments: a comment cannot suppress them (ruff's
# --add-noqa leaves RUF100 alone too).
NOT_SUPPRESSIBLE = frozenset({"GM901"})


@dataclass(frozen=True)
class _Line:
    start: int  # offset of the line in the text
    body: str  # the line without its line break
    comment: Optional[Tuple[int, str]]  # (column, text) of the comment that ends the line
    leader: str = "#"  # what a new comment starts with

    @property
    def directive(self) -> str:
        """The comment as `suppress` reads it: its leader written as `#` (same offsets after
        the leader's first character)."""
        assert self.comment is not None
        text = self.comment[1]
        return "#" + text[len(self.leader):] if text.startswith(self.leader) else ""

    @property
    def shift(self) -> int:
        return len(self.leader) - 1


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
    ignore = _IGNORE.search(line.directive)
    return ignore is None or not ignore.group("file")


def _directive_edit(number: int, line: _Line, codes: Sequence[str]) -> Optional[Edit]:
    """The edit that makes the comment of `line` suppress `codes` too (None: it already does)."""
    fresh = f"  {line.leader} gptmigrate: ignore[{','.join(codes)}]"
    if line.comment is None:
        content_end = len(line.body.rstrip(" \t"))
        return _edit(number, line, content_end, len(line.body), fresh)
    column, comment = line.comment
    at = column + line.shift  # where the directive text starts
    ignore = _IGNORE.search(line.directive)
    if ignore is not None:
        return _merge(number, line, at, ignore, "codes", codes, f"[{','.join(codes)}]", ",")
    noqa = _NOQA.search(line.directive)
    if noqa is not None and noqa.group("codes") is not None and _codes(noqa.group("codes")):
        return _merge(number, line, at, noqa, "codes", codes, "", ", ")
    if line.leader != "#":
        # `// old`: only a directive at a comment's start is read; one of its own goes first
        return _edit(number, line, column, column, f"/* gptmigrate: ignore[{','.join(codes)}] */ ")
    end = column + len(comment)
    return _edit(number, line, end, end, fresh)


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


def _leader(path: str) -> Optional[Tuple["Reader", str]]:
    """The reader of a file of another format and its comment leader, if comments are written
    into it."""
    from gptmigrate.formats import reader_for

    reader = reader_for(path)
    leader = LEADERS.get(reader.name) if reader is not None else None
    return (reader, leader) if reader is not None and leader is not None else None


def writes_comments(path: str) -> bool:
    """Whether suppression comments can be written into the file at `path`."""
    return path.endswith(PYTHON_SUFFIXES) or _leader(path) is not None


def suppression_edits(text: str, findings: Sequence[Finding], path: Optional[str] = None,
                      ) -> Tuple[List[Edit], List[Finding]]:
    """One edit per line that must suppress more codes, and the findings no line of theirs can
    take a comment for (left as they are). `path` names a file of another format (see
    `writes_comments`); without it, the text is Python."""
    wanted = [f for f in findings if f.code not in NOT_SUPPRESSIBLE]
    if not wanted:
        return [], []
    if path is not None and not path.endswith(PYTHON_SUFFIXES):
        return _format_edits(text, wanted, path)
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


def _format_edits(text: str, findings: Sequence[Finding], path: str,
                  ) -> Tuple[List[Edit], List[Finding]]:
    """suppression_edits for a file of another format: each line's edit is kept only if the
    format's reader finds the added text inside a comment and the values unchanged."""
    from gptmigrate.formats import FormatError

    known = _leader(path)
    if known is None or "\r" in text and text.count("\r") != text.count("\r\n"):
        return [], list(findings)
    reader, leader = known
    try:
        if reader.check(text) is not None:
            return [], list(findings)  # a file its own parser rejects is never changed
        document = reader.read(text)
    except FormatError:
        return [], list(findings)
    lines = _format_lines(text, document, leader)
    codes_by_line: Dict[int, List[str]] = {}
    unplaced: List[Finding] = []

    def fits(number: int, code: str) -> bool:
        line = lines.get(number)
        if not _placeable(line) or line is None:
            return False
        if _keeps_meaning(text, reader, document, line, number, [code]):
            return True
        hidden = _hidden_comment(text, reader, line) if line.comment is None else None
        if hidden is None:
            return False
        # a comment the reader does not report (it keeps only those that hold a directive)
        lines[number] = replace(line, comment=(hidden, line.body[hidden:]))
        if _placeable(lines[number]) and _keeps_meaning(text, reader, document, lines[number],
                                                        number, [code]):
            return True
        lines[number] = line
        return False

    for finding in findings:
        number = next((n for n in (finding.start.line, finding.end.line)
                       if n in codes_by_line or fits(n, finding.code)), None)
        if number is None:
            unplaced.append(finding)
            continue
        if finding.code not in codes_by_line.setdefault(number, []):
            codes_by_line[number].append(finding.code)
    if not all(_keeps_meaning(text, reader, document, lines[number], number, sorted(codes))
               for number, codes in codes_by_line.items()):
        return [], list(findings)  # each code alone was fine, all of a line's are not: nothing
    edits = [edit for number, codes in sorted(codes_by_line.items())
             for edit in [_directive_edit(number, lines[number], sorted(codes))]
             if edit is not None]
    return edits, unplaced


def _hidden_comment(text: str, reader: "Reader", line: _Line) -> Optional[int]:
    """The column of a comment that ends `line` although the reader did not report it: with a
    directive appended, the reader finds the comment that holds it starting before it."""
    from gptmigrate.formats import FormatError

    at = line.start + len(line.body.rstrip(" \t"))
    probe = f" {line.leader} gptmigrate: ignore[GM000]"
    try:
        after = reader.read(text[:at] + probe + text[at:])
    except FormatError:
        return None
    return next((c.start - line.start for c in after.comments
                 if line.start <= c.start < at and at + len(probe) <= c.end), None)


def _format_lines(text: str, document: "Document", leader: str) -> Dict[int, _Line]:
    """Every line of a document, with the comment that ends it, if one does."""
    physical = io.StringIO(text).readlines() or [""]
    starts, offset = [], 0
    for line in physical:
        starts.append(offset)
        offset += len(line)
    ending: Dict[int, Tuple[int, int]] = {}  # line -> (start, end) of the comment ending it
    for comment in document.comments:
        number = text.count("\n", 0, comment.end) + 1
        body_end = starts[number - 1] + len(physical[number - 1].rstrip("\r\n").rstrip(" \t"))
        if comment.end >= body_end and text.count("\n", 0, comment.start) + 1 == number:
            ending[number] = (comment.start, comment.end)
    lines: Dict[int, _Line] = {}
    for number, line in enumerate(physical, 1):
        body = line.rstrip("\r\n")
        span = ending.get(number)
        comment = None
        if span is not None:
            column = span[0] - starts[number - 1]
            comment = (column, body[column:span[1] - starts[number - 1]])
        lines[number] = _Line(starts[number - 1], body, comment, leader)
    return lines


def _keeps_meaning(text: str, reader: "Reader", before: "Document", line: _Line, number: int,
                   codes: Sequence[str]) -> bool:
    """Whether the text with the line's directive edit for `codes` still parses, holds every
    value under its key as before, and reads the added text inside a comment whose directive
    `suppress` reads as covering `codes`."""
    from gptmigrate.formats import FormatError

    edit = _directive_edit(number, line, codes)
    if edit is None:
        return True  # the line's directive already names the codes
    candidate = text[:edit.start] + edit.content + text[edit.end:]
    try:
        if reader.check(candidate) is not None:
            return False
        after = reader.read(candidate)
    except FormatError:
        return False
    if [(v.keys, v.text) for v in after.values] != [(v.keys, v.text) for v in before.values]:
        return False
    added = edit.start + len(edit.content) - len(edit.content.lstrip(" "))
    end = edit.start + len(edit.content.rstrip(" "))
    return any(c.start <= added and end <= c.end and _covers("#" + c.body, codes)
               for c in after.comments)


def _covers(directive: str, codes: Sequence[str]) -> bool:
    """Whether `suppress` reads this comment as a line directive covering `codes`."""
    ignore = _IGNORE.search(directive)
    if ignore is not None:
        listed = _codes(ignore.group("codes"))
        return not ignore.group("file") and (listed is None or set(codes) <= set(listed))
    noqa = _NOQA.search(directive)
    if noqa is None:
        return False
    listed = _codes(noqa.group("codes"))
    return listed is None or set(codes) <= set(listed)


def as_fixes(edits: Sequence[Edit]) -> List[Fix]:
    """The edits as fixes (one per line), for the code that splices fixes into text."""
    return [Fix(FixSafety.SAFE, (edit,), "add a suppression comment") for edit in edits]


def add_suppressions(text: str, findings: Sequence[Finding], path: Optional[str] = None,
                     ) -> Tuple[str, int, List[Finding]]:
    """The text with a suppression comment for each finding; how many lines got one (or a longer
    one); the findings that could not get one. `path`: as for suppression_edits."""
    edits, unplaced = suppression_edits(text, findings, path)
    new_text, _ = apply_fixes(text, as_fixes(edits))
    return new_text, len(edits), unplaced


__all__ = ["LEADERS", "NOT_SUPPRESSIBLE", "PYTHON_SUFFIXES", "add_suppressions", "as_fixes",
           "suppression_edits", "writes_comments"]
