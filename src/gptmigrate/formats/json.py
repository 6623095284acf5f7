"""JSON files, read by a lexer and a stack machine that keep every string's span.

Strict JSON is read by the standard library's C decoder, and the string tokens are found by one
regular expression: both give the strings in document order, so the i-th token is the i-th
string of the decoded tree (`_fast_read`). Anything else (comments, trailing commas, NaN, nesting
too deep for the decoder) goes to a lexer and a stack machine that keep every string's span;
its strings are decoded by the standard library's own JSON string scanner. Object keys are keys,
never values. JSON has no comments, so a plain JSON file holds no suppression comments (use
`per-file-ignores` or `exclude`); files that carry `//` and `/* */` comments and trailing
commas (tsconfig.json, VS Code settings: "JSON with comments") are read too, and their
comments suppress as in JavaScript.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from json.decoder import scanstring  # type: ignore[attr-defined]
from typing import Any, List, Optional, Tuple

from gptmigrate.formats.base import Comment, Document, FormatError, Lines, Value
from gptmigrate.matching import MODEL_VERSION_KEY, versioned_model

_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"', re.DOTALL)
_LITERAL = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null")
_BLANKS = " \t\r\n"


class _Reader:
    def __init__(self, text: str) -> None:
        self.text = text
        self.at = 0
        self.document = Document()
        self.relaxed = False  # comments or trailing commas: JSON with comments
        # Open objects: their keys, and the values read right under a "model" key (by index),
        # which Weaviate's "modelVersion" beside them makes a family name (`versioned_model`).
        self.objects: List[Tuple[List[str], List[int]]] = []
        self.arrays: List[int] = []  # the numbers of the open arrays (`Value.listed`)
        self.opened = 0  # arrays opened so far

    def fail(self, what: str, at: Optional[int] = None) -> FormatError:
        return FormatError(f"not valid JSON: {what} at "
                           f"{Lines(self.text).where(self.at if at is None else at)}")

    def skip(self) -> None:
        """Blanks and comments up to the next token."""
        text, size = self.text, len(self.text)
        while self.at < size:
            char = text[self.at]
            if char in _BLANKS:
                self.at += 1
            elif text.startswith("//", self.at):
                end = text.find("\n", self.at)
                end = size if end < 0 else end
                self.document.comments.append(Comment(self.at, end,
                                                      text[self.at + 2:end].rstrip("\r")))
                self.relaxed = True
                self.at = end
            elif text.startswith("/*", self.at):
                end = text.find("*/", self.at + 2)
                if end < 0:
                    raise self.fail("a /* comment that never closes")
                self.document.comments.append(Comment(self.at, end + 2,
                                                      text[self.at + 2:end]))
                self.relaxed = True
                self.at = end + 2
            else:
                return

    def string(self) -> Tuple[str, int]:
        start = self.at
        try:
            value, end = scanstring(self.text, start + 1, True)
        except ValueError as exc:
            raise self.fail(f"a bad string ({str(exc).split(':')[0]})", start) from None
        self.at = end
        return value, start

    def read(self) -> Document:
        text, size = self.text, len(self.text)
        # Open containers: (kind, the key their items are the values of).
        stack: List[Tuple[str, Optional[str]]] = []
        key: Optional[str] = None  # the key the next value belongs to
        expect = "value"  # value | key | colon | after
        comma = False  # the last token was a comma
        self.skip()
        while True:
            if self.at >= size:
                if stack or expect == "value":
                    raise self.fail("unexpected end of text")
                return self.document
            char = text[self.at]
            if expect == "value":
                if char == '"':
                    value, start = self.string()
                    verbatim = start + 1 if text[start + 1:self.at - 1] == value else None
                    if key == "model" and stack and stack[-1][0] == "{":
                        self.objects[-1][1].append(len(self.document.values))
                    self.document.values.append(Value(
                        start, self.at, value, verbatim, () if key is None else (key,),
                        listed=self.arrays[-1] if stack and stack[-1][0] == "[" else None))
                    expect = "after"
                elif char in "{[":
                    stack.append((char, key))
                    if char == "{":
                        self.objects.append(([], []))
                    else:  # numbered in the order they open, as `_fast_read` does
                        self.arrays.append(self.opened)
                        self.opened += 1
                    self.at += 1
                    expect, comma = ("key" if char == "{" else "value"), False
                    self.skip()
                    if self.at < size and text[self.at] == ("}" if char == "{" else "]"):
                        self.pop(stack)
                        self.at += 1
                        expect, key = "after", self.key_of(stack)
                        self.skip()
                    continue
                elif char == "]" and comma and stack and stack[-1][0] == "[":
                    self.close(stack)
                    expect, key = "after", self.key_of(stack)
                    self.skip()
                    continue
                else:
                    found = _LITERAL.match(text, self.at)
                    if found is None:
                        raise self.fail(f"unexpected {char!r}")
                    self.at = found.end()
                    expect = "after"
            elif expect == "key":
                if char == "}" and comma:
                    self.close(stack)
                    expect, key = "after", self.key_of(stack)
                    self.skip()
                    continue
                if char != '"':
                    raise self.fail("expected a key in double quotes")
                key, _ = self.string()
                self.objects[-1][0].append(key)
                expect = "colon"
            elif expect == "colon":
                if char != ":":
                    raise self.fail("expected ':'")
                self.at += 1
                expect = "value"
            else:  # after a value
                if not stack:
                    raise self.fail(f"unexpected {char!r} after the document")
                kind, outer = stack[-1]
                if char == ",":
                    self.at += 1
                    expect = "key" if kind == "{" else "value"
                    key = None if kind == "{" else outer
                    self.skip()
                    comma = True
                    continue
                if char != ("}" if kind == "{" else "]"):
                    raise self.fail("expected ',' or a closing bracket")
                self.at += 1
                self.pop(stack)
                key = self.key_of(stack)
            comma = False
            self.skip()

    def close(self, stack: List[Tuple[str, Optional[str]]]) -> None:
        """A closing bracket right after a comma (a trailing comma): JSON with comments."""
        self.relaxed = True
        self.at += 1
        self.pop(stack)

    def pop(self, stack: List[Tuple[str, Optional[str]]]) -> None:
        """The innermost container closes; an object's "model" values beside a
        "modelVersion" key are marked `versioned`."""
        kind, _ = stack.pop()
        if kind != "{":
            self.arrays.pop()
            return
        keys, models = self.objects.pop()
        if models and versioned_model("model", keys):
            values = self.document.values
            for index in models:
                values[index] = replace(values[index], versioned=True)

    @staticmethod
    def key_of(stack: List[Tuple[str, Optional[str]]]) -> Optional[str]:
        """The key of the next value of the innermost open array (None in an object)."""
        return stack[-1][1] if stack and stack[-1][0] == "[" else None


def read(text: str) -> Document:
    """The string values of a JSON text, each with the key it is the value of."""
    return _reader(text)[0]


class _Pairs(list):  # type: ignore[type-arg]
    """An object as the decoder read it: its (key, value) pairs in order."""


def _no_constant(name: str) -> None:
    raise ValueError(f"{name} is no JSON value")


def _fast_read(text: str) -> Optional[Document]:
    """The document of strict JSON, from the C decoder and a regex over the string tokens;
    None for anything the lexer must judge (it reports where the text goes wrong)."""
    try:
        tree = json.loads(text, object_pairs_hook=_Pairs, parse_constant=_no_constant)
    except (ValueError, RecursionError):
        return None
    # (token index, value, its key, the array it is an item of: a number per array)
    found: List[Tuple[int, str, Optional[str], Optional[int]]] = []
    arrays = 0
    count = 0  # string tokens (keys and values) met so far
    # Weaviate's `"model"` beside `"modelVersion"` (`versioned_model`), by index in `found`;
    # keys are looked at only in a text that spells the word
    versioned: List[int] = []
    versions = MODEL_VERSION_KEY in text

    def walk(items: List[Any], key: Optional[str], pairs: bool) -> None:
        nonlocal count, arrays
        keys: Any = ()
        array = None if pairs else arrays
        arrays += not pairs
        if versions and pairs:
            keys = [pair[0] for pair in items]
            if MODEL_VERSION_KEY not in keys:
                keys = ()
        for entry in items:
            if pairs:
                key, entry = entry
                count += 1  # the key's own token
            kind = entry.__class__
            if kind is str:
                if keys and versioned_model(key, keys):
                    versioned.append(len(found))
                found.append((count, entry, key, array))
                count += 1
            elif kind is _Pairs:
                walk(entry, key, True)
            elif kind is list:
                walk(entry, key, False)

    try:
        if tree.__class__ is str:
            found.append((0, tree, None, None))
            count = 1
        elif tree.__class__ in (_Pairs, list):
            walk(tree, None, tree.__class__ is _Pairs)
    except RecursionError:
        return None
    del tree  # the values are in `found`; a large file's tree need not outlive the walk
    document = Document()
    wanted = iter(found)
    target = next(wanted, None)
    seen = 0
    for seen, token in enumerate(_STRING.finditer(text), 1):  # the i-th token is string i
        if target is not None and target[0] == seen - 1:
            start, end = token.span()
            _, value, key, listed = target
            verbatim = start + 1 if text[start + 1:end - 1] == value else None
            document.values.append(Value(start, end, value, verbatim,
                                         () if key is None else (key,), listed=listed))
            target = next(wanted, None)
    if seen != count or target is not None:
        return None
    for index in versioned:
        document.values[index] = replace(document.values[index], versioned=True)
    return document


def _reader(text: str) -> Tuple[Document, bool]:
    fast = _fast_read(text)
    if fast is not None:
        return fast, False
    reader = _Reader(text)
    document = reader.read()
    return document, reader.relaxed


def check(text: str) -> Optional[str]:
    """The standard library's verdict (JSON with comments: this reader's): None if it reads."""
    try:
        _, relaxed = _reader(text)
    except FormatError as exc:
        return str(exc)
    if relaxed:
        return None
    try:
        json.loads(text)
    except ValueError as exc:
        return f"not valid JSON: {exc}"
    except RecursionError:
        return "not valid JSON for this tool: nested too deeply to read"
    return None
