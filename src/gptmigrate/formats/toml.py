"""TOML files, read by a lexer that keeps every string's span; tomllib judges the whole file.

The lexer follows TOML's structure (table headers, dotted keys, arrays, inline tables, the four
kinds of strings, comments) and gives each string value the last part of its key
(`llm.model = "gpt-4"` is under `model`; an array's strings are under the array's key).
Strings with escapes or line-ending backslashes are decoded by tomllib itself.
"""

from __future__ import annotations

import sys
from dataclasses import replace
from typing import Dict, List, Optional, Set, Tuple

from gptmigrate.formats.base import Comment, Document, FormatError, Lines, Value
from gptmigrate.matching import MODEL_VERSION_KEY, versioned_model

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python < 3.11 only
    import tomli as tomllib

_BARE_KEY = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")
_STOP = frozenset(",]}#\n")


class _Lexer:
    def __init__(self, text: str) -> None:
        self.text = text
        self.document = Document()
        self.versions = MODEL_VERSION_KEY in text  # Weaviate's key: `close` looks for it

    def fail(self, what: str, at: int) -> FormatError:
        return FormatError(f"not valid TOML: {what} at {Lines(self.text).where(at)}")

    def string_end(self, at: int) -> int:
        """The offset after the string that starts at `at`."""
        text = self.text
        quote = text[at]
        if text.startswith(quote * 3, at):
            end = text.find(quote * 3, at + 3)
            while quote == '"' and end >= 0 and _escaped(text, end):
                end = text.find(quote * 3, end + 1)
            if end < 0:
                raise self.fail("a multi-line string that never closes", at)
            end += 3
            for _ in range(2):  # up to two quotes of the content may stand before the closing three
                if end < len(text) and text[end] == quote:
                    end += 1
            return end
        end = at + 1
        while end < len(text):
            char = text[end]
            if char == quote:
                return end + 1
            if char == "\n":
                break
            end += 2 if char == "\\" and quote == '"' else 1
        raise self.fail("a string that never closes", at)

    def key(self, at: int) -> Tuple[Tuple[str, ...], int]:
        """The parts of the dotted key at `at` and the offset after the whole key."""
        text, size = self.text, len(self.text)
        parts: List[str] = []
        while True:
            if at < size and text[at] in "\"'":
                end = self.string_end(at)
                parts.append(_decode(text[at:end], self, at))
            else:
                end = at
                while end < size and text[end] in _BARE_KEY:
                    end += 1
                if end == at:
                    raise self.fail("expected a key", at)
                parts.append(text[at:end])
            at = _skip_blanks(text, end)
            if at < size and text[at] == ".":
                at = _skip_blanks(text, at + 1)
                continue
            return tuple(parts), at

    def comment(self, at: int) -> int:
        end = self.text.find("\n", at)
        end = len(self.text) if end < 0 else end
        self.document.comments.append(Comment(at, end, self.text[at + 1:end].rstrip("\r")))
        return end

    def read(self) -> Document:
        text, size = self.text, len(self.text)
        stack: List[Tuple[str, Optional[str]]] = []  # open arrays and inline tables, with keys
        key: Optional[str] = None
        # The keys of each table being read (the one under the last header, then the open
        # inline tables), by the dotted prefix they sit under, and the values read right under
        # a "model" key: Weaviate's "modelVersion" beside one makes it a family name.
        tables: List[_Table] = [_Table()]
        expect = "key"  # key | value | after
        at = 0
        while at < size:
            char = text[at]
            if char in " \t\r":
                at += 1
            elif char == "\n":
                if not stack:
                    expect = "key"
                at += 1
            elif char == "#":
                at = self.comment(at)
            elif expect == "key":
                if char == "}" and stack and stack[-1][0] == "{":
                    stack.pop()  # an empty inline table, or a trailing comma (TOML 1.1)
                    self.close(tables.pop())
                    at, expect = at + 1, "after"
                elif char == "[" and not stack:
                    at = self.header_end(at)
                    self.close(tables.pop())
                    tables.append(_Table())
                    expect = "after"
                else:
                    parts, at = self.key(at)
                    key = parts[-1]
                    tables[-1].add(parts)
                    if at >= size or text[at] != "=":
                        raise self.fail("expected '=' after a key", at)
                    at, expect = at + 1, "value"
            elif expect == "value":
                if char in "\"'":
                    end = self.string_end(at)
                    if key == "model" and not (stack and stack[-1][0] == "["):
                        tables[-1].models.append((tables[-1].last, len(self.document.values)))
                    self.value(at, end, key)
                    at, expect = end, "after"
                elif char in "[{":
                    stack.append((char, key))
                    if char == "{":
                        tables.append(_Table())
                    at, expect = at + 1, ("value" if char == "[" else "key")
                elif char == "]" and stack and stack[-1][0] == "[":
                    stack.pop()  # an empty array, or a trailing comma
                    at, expect = at + 1, "after"
                else:
                    end = at
                    while end < size and text[end] not in _STOP:
                        end += 1
                    at, expect = end, "after"
            else:
                top = stack[-1] if stack else None
                if top is not None and char == ",":
                    at += 1
                    expect = "value" if top[0] == "[" else "key"
                    key = top[1]
                elif top is not None and char == ("]" if top[0] == "[" else "}"):
                    if stack.pop()[0] == "{":
                        self.close(tables.pop())
                    at += 1
                    key = stack[-1][1] if stack else None
                else:
                    raise self.fail(f"unexpected {char!r}", at)
        if stack:
            raise self.fail("an array or inline table that never closes", size)
        self.close(tables.pop())
        return self.document

    def close(self, table: "_Table") -> None:
        """A table is read: its "model" values beside a "modelVersion" key are `versioned`."""
        values = self.document.values
        for prefix, index in table.models if self.versions else ():
            if versioned_model("model", table.keys.get(prefix, ())):
                values[index] = replace(values[index], versioned=True)

    def header_end(self, at: int) -> int:
        text = self.text
        at += 1
        while at < len(text) and text[at] != "]":
            if text[at] in "\"'":
                at = self.string_end(at)
            elif text[at] == "\n":
                break
            else:
                at += 1
        if at >= len(text) or text[at] != "]":
            raise self.fail("a table header that never closes", at)
        return at + 2 if text.startswith("]]", at) else at + 1

    def value(self, start: int, end: int, key: Optional[str]) -> None:
        raw = self.text[start:end]
        width = 3 if raw.startswith(raw[0] * 3) and len(raw) >= 6 else 1
        inner = raw[width:-width]
        if raw[0] == "'" or "\\" not in inner:
            value = inner[1:] if width == 3 and inner.startswith("\n") else inner
            if width == 3 and inner.startswith("\r\n"):
                value = inner[2:]
        else:
            value = _decode(raw, self, start)
        verbatim = start + width if inner == value else None
        self.document.values.append(Value(start, end, value, verbatim,
                                          () if key is None else (key,)))


class _Table:
    """The keys of one table by the dotted prefix they sit under (`a.model` and
    `a.modelVersion` are keys of `a`), the prefix of the last key read, and the string values
    read right under a `model` key (prefix, index in the document's values)."""

    def __init__(self) -> None:
        self.keys: Dict[Tuple[str, ...], Set[str]] = {}
        self.last: Tuple[str, ...] = ()
        self.models: List[Tuple[Tuple[str, ...], int]] = []

    def add(self, parts: Tuple[str, ...]) -> None:
        self.last = parts[:-1]
        self.keys.setdefault(self.last, set()).add(parts[-1])


def _escaped(text: str, at: int) -> bool:
    """Whether the character at `at` is escaped by an odd run of backslashes."""
    run = 0
    while at - run - 1 >= 0 and text[at - run - 1] == "\\":
        run += 1
    return run % 2 == 1


def _skip_blanks(text: str, at: int) -> int:
    while at < len(text) and text[at] in " \t":
        at += 1
    return at


def _decode(raw: str, lexer: _Lexer, at: int) -> str:
    """A TOML string token's value, by tomllib itself."""
    try:
        return str(tomllib.loads("v = " + raw)["v"])
    except tomllib.TOMLDecodeError:
        raise lexer.fail("a bad string", at) from None


def read(text: str) -> Document:
    """The string values of a TOML text, each with the last part of its key."""
    return _Lexer(text).read()


def check(text: str) -> Optional[str]:
    """tomllib's verdict on a whole text: None if it loads."""
    try:
        tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return f"not valid TOML: {exc}"
    except RecursionError:
        return "not valid TOML for this tool: nested too deeply to read"
    return None
