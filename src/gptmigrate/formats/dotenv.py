""".env files, read line by line as python-dotenv and docker compose read them.

`[export] KEY=value`, the value unquoted (up to a ` #` comment, surrounding blanks dropped),
in single quotes (literal) or in double quotes (escapes; both may span lines). A line that is
none of these (a stray word) is skipped, as python-dotenv skips it. Comments: `#` at the start
of a line, or after a blank that follows a value.
"""

from __future__ import annotations

import re
from typing import List, Optional, Tuple

from gptmigrate.formats.base import Comment, Document, FormatError, Lines, Value

_KEY = re.compile(r"[ \t]*(?:export[ \t]+)?(?P<key>[A-Za-z_][A-Za-z0-9_.-]*)[ \t]*=[ \t]*")
_ESCAPES = {"\\": "\\", "'": "'", '"': '"', "a": "\a", "b": "\b", "f": "\f", "n": "\n",
            "r": "\r", "t": "\t", "v": "\v"}


def read(text: str) -> Document:
    """The values and comments of a .env text (raises FormatError on an unclosed quote)."""
    document = Document()
    size = len(text)
    at = 0
    while at < size:
        end = text.find("\n", at)
        end = size if end < 0 else end
        line = text[at:end]
        stripped = line.lstrip(" \t")
        if stripped.startswith("#"):
            offset = at + len(line) - len(stripped)
            document.comments.append(Comment(offset, end, stripped[1:].rstrip("\r")))
            at = end + 1
            continue
        found = _KEY.match(text, at, end)
        if found is None:
            at = end + 1
            continue
        key = found.group("key")
        start = found.end()
        if start < size and text[start] in "'\"":
            value, close = _quoted(text, start, key)
            verbatim = start + 1 if text[start + 1:close - 1] == value else None
            document.values.append(Value(start, close, value, verbatim, (key,)))
            end = text.find("\n", close)
            end = size if end < 0 else end
            _trailing_comment(document, text, close, end)
        else:
            stop = _comment_start(text, start, end)
            value_end = stop
            while value_end > start and text[value_end - 1] in " \t\r":
                value_end -= 1
            document.values.append(Value(start, value_end, text[start:value_end], start, (key,)))
            if stop < end:
                document.comments.append(Comment(stop, end, text[stop + 1:end].rstrip("\r")))
        at = end + 1
    return document


def _quoted(text: str, start: int, key: str) -> Tuple[str, int]:
    """The decoded value of the quoted value at `start` and the offset after its closing quote."""
    quote = text[start]
    parts: List[str] = []
    at = start + 1
    while at < len(text):
        char = text[at]
        if char == quote:
            return "".join(parts), at + 1
        if char == "\\" and quote == '"' and at + 1 < len(text):
            parts.append(_ESCAPES.get(text[at + 1], "\\" + text[at + 1]))
            at += 2
            continue
        if char == "\\" and quote == "'" and text[at + 1:at + 2] in ("'", "\\"):
            parts.append(text[at + 1])
            at += 2
            continue
        parts.append(char)
        at += 1
    raise FormatError(f"{Lines(text).where(start)}: the value of {key} opens a {quote} quote "
                      f"that never closes")


def _comment_start(text: str, start: int, end: int) -> int:
    """Where a ` #` comment starts after an unquoted value, or `end`."""
    at = text.find("#", start + 1, end)
    while at >= 0:
        if text[at - 1] in " \t":
            return at
        at = text.find("#", at + 1, end)
    return end


def _trailing_comment(document: Document, text: str, after: int, end: int) -> None:
    rest = text[after:end]
    hash_at = rest.find("#")
    if hash_at >= 0 and not rest[:hash_at].strip(" \t"):
        document.comments.append(Comment(after + hash_at, end,
                                         rest[hash_at + 1:].rstrip("\r")))


def check(text: str) -> Optional[str]:
    """The format's verdict on a whole text: None if it reads (every quote closes)."""
    try:
        read(text)
    except FormatError as exc:
        return str(exc)
    return None
