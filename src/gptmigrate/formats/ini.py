"""INI and CFG files, read line by line as configparser reads them; configparser judges fixes.

`[section]` headers, `key = value` and `key: value` options, whole-line comments after `#` or
`;`. An indented line continues the option above (a multi-line value is never one model).
Two readings that configparser leaves to the application are taken: a ` #` or ` ;` after a
blank starts a comment (most tools read `model = gpt-4  ; old` as `gpt-4`), and a value
wrapped in matching quotes is the text inside them.
"""

from __future__ import annotations

from typing import Optional

from gptmigrate.formats.base import Comment, Document, Value


def read(text: str) -> Document:
    """The option values of an INI text, each under its option's name."""
    document = Document()
    size = len(text)
    at = 0
    last: Optional[int] = None  # index in values of the option a continuation line extends
    while at < size:
        end = text.find("\n", at)
        end = size if end < 0 else end
        line = text[at:end].rstrip("\r")
        body = line.lstrip(" \t")
        indent = len(line) - len(body)
        if not body:
            last = None
        elif body[0] in "#;":
            document.comments.append(Comment(at + indent, at + len(line), body[1:]))
        elif indent and last is not None:
            document.values[last] = _multi_line(document.values[last])
        elif body.startswith("["):
            last = None
        else:
            last = _option(document, text, at, at + len(line))
        at = end + 1
    document.values = [v for v in document.values if v.keys]
    return document


def _multi_line(value: Value) -> Value:
    """An option whose value goes on below: kept only to be dropped (no keys)."""
    return Value(value.start, value.end, value.text, None, ())


def _option(document: Document, text: str, start: int, end: int) -> Optional[int]:
    """Read `key = value` on text[start:end]; the index of its value, or None."""
    line = text[start:end]
    cuts = [i for i in (line.find("="), line.find(":")) if i > 0]
    if not cuts:
        return None
    cut = min(cuts)
    key = line[:cut].strip(" \t")
    if not key:
        return None
    first = start + cut + 1
    while first < end and text[first] in " \t":
        first += 1
    stop = _comment_start(text, first, end)
    if stop < end:
        document.comments.append(Comment(stop, end, text[stop + 1:end]))
    last = stop
    while last > first and text[last - 1] in " \t":
        last -= 1
    raw = text[first:last]
    verbatim = first
    if len(raw) >= 2 and raw[0] == raw[-1] and raw[0] in "'\"":
        raw, verbatim = raw[1:-1], first + 1
    document.values.append(Value(first, last, raw, verbatim, (key,)))
    return len(document.values) - 1


def _comment_start(text: str, start: int, end: int) -> int:
    """Where a comment after a blank starts in an option's value, or `end`."""
    for at in range(start + 1, end):
        if text[at] in "#;" and text[at - 1] in " \t":
            return at
    return end


def check(text: str) -> Optional[str]:
    """configparser's verdict on a whole text (duplicates allowed, no interpolation)."""
    import configparser

    parser = configparser.ConfigParser(interpolation=None, strict=False, allow_no_value=True)
    try:
        parser.read_string(text)
    except configparser.Error as exc:
        return f"not valid INI: {str(exc).splitlines()[0]}"
    return None

