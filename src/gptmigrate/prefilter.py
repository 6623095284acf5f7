"""A cheap test over raw bytes that decides which files are worth parsing.

Parsing and checking a file cost hundreds of times more than reading it, so every file first
goes through `Prefilter.accepts`: a file it rejects cannot hold a finding, a file it accepts is
parsed and judged by the detector. The test must never reject a file with a finding, so it is
built from the detector's own vocabulary (every table name the matcher knows, the API markers)
and errs towards accepting:

- a model name counts where it starts a string's value, alone or after a provider prefix or a
  fine-tune's `ft:` (the only places the matcher accepts one): right after a quote, or after a
  quote and one of `matching.VALUE_PREFIXES`, and with no letter or digit after it. Neither
  `metadata` nor a comment on `gpt-4` wakes a file up;
- a marker (`openai`) counts anywhere;
- a name spelled with escape sequences (`"text\\x2ddavinci-003"`) or split by a
  backslash-newline inside a string is decoded and looked for too, in a file with a backslash;
- a file that declares an encoding in which ASCII is not ASCII is always parsed.

Speed: two Aho-Corasick automata (`ahocorasick_rs`) each make one pass over the bytes: one for
the names and value prefixes, each led by a quote, the other for the markers. Every pattern of
the first starts with one of two bytes and the second holds a few words, so both skip ahead
with SIMD searches instead of stepping a state machine through every byte (~4x faster than one
automaton of every name after every byte it may follow). Only their hits are checked in Python,
for the letter-or-digit after a name; hits are few (`ada` inside `metadata` was 300,000 hits on
the benchmark tree before names were led by a quote). The bytes are searched in slices of
`_SLICE` bytes, so a file made of nothing but `"adax"adax...` never builds a list of millions
of hits.
"""

from __future__ import annotations

import codecs
import io
import re
import tokenize
from typing import Dict, Iterable, Tuple

from ahocorasick_rs import BytesAhoCorasick, Implementation

from gptmigrate.matching import VALUE_PREFIXES

_ALNUM = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
_SLICE = 1 << 16
# Escapes that can stand for a character of a model name, and a backslash-newline inside a string.
_ESCAPE = re.compile(
    rb"\\(?:x[2-7][0-9a-fA-F]|u00[2-7][0-9a-fA-F]|U000000[2-7][0-9a-fA-F]|N\{|[0-7]{1,3}|\r?\n)"
)
_ESCAPED_RUN = re.compile(
    rb"(?:[A-Za-z0-9_.:/@-]|\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[A-Za-z0-9 -]*\}"
    rb"|[0-7]{1,3}|\r?\n))+"
)
_ASCII_PROBE = "openai model-ft:/'\""
_QUOTES = (b'"', b"'")
# Bytes that continue a name: in a file whose values need no quotes, a name counts only after
# none of these (`ada` in `metadata: x` or `lambda` does not).
_NAME_BYTES = _ALNUM | frozenset(b"-_.")

# How a string value starts in a file of each format (`formats.Reader.dialect`):
PYTHON = "python"  # after a quote; API markers anywhere
QUOTED = "quoted"  # JSON, TOML: after a quote; no API markers (configuration holds no calls)
SCRIPT = "script"  # JavaScript, TypeScript: after a quote or a backtick; API markers anywhere
BARE = "bare"  # YAML, .env, INI: after any byte that does not continue a name; no API markers
DIALECTS = (PYTHON, QUOTED, SCRIPT, BARE)


class Prefilter:
    """Accepts the raw bytes of every file that could hold a finding, and few others."""

    def __init__(self, names: Iterable[str], markers: Iterable[str],
                 config_markers: Iterable[str] = ()) -> None:
        self.names: Tuple[str, ...] = tuple(sorted({n for n in names if n}))
        self.markers: Tuple[bytes, ...] = tuple(sorted({m.encode() for m in markers if m}))
        # Markers that count in configuration files too (suppression comments, with GM901).
        self.config_markers: Tuple[bytes, ...] = tuple(sorted({m.encode() for m in config_markers
                                                              if m}))
        self._dialects: Dict[str, "_Dialect"] = {}
        encoded = [n.encode() for n in self.names]
        self._name_set = frozenset(encoded)
        self._name_lengths = sorted({len(n) for n in encoded})
        quoted = [quote + name for name in encoded for quote in _QUOTES]
        # Pattern indexes below this are names (the byte after them checked), the rest prefixes
        # (a name must follow them).
        self._bounded = len(quoted)
        quoted += [quote + prefix.encode() for prefix in VALUE_PREFIXES for quote in _QUOTES]
        self._overlap = max(len(p) for p in quoted)
        self._find_quoted = BytesAhoCorasick(
            quoted, implementation=Implementation.DFA).find_matches_as_indexes
        self._find_marker = (BytesAhoCorasick(list(self.markers)).find_matches_as_indexes
                             if self.markers else None)

    def accepts(self, data: bytes, dialect: str = PYTHON) -> bool:
        """False only if no table name or marker can be read out of `data`, a file of `dialect`
        (how its string values start: `PYTHON`, `QUOTED`, `SCRIPT` or `BARE`)."""
        if dialect != PYTHON:
            if dialect not in self._dialects:
                self._dialects[dialect] = _Dialect(self, dialect)
            if self._dialects[dialect].found(data):
                return True
        elif self._found(data):
            return True
        return (b"\\" in data and self._escaped_name(data)) or _foreign_encoding(data)

    def accepts_text(self, text: str) -> bool:
        """`accepts` for decoded source text (a part of a file: `focus`)."""
        return self.accepts(text.encode("utf-8", "surrogatepass"))

    def _found(self, data: bytes) -> bool:
        """A marker anywhere, or a name after a quote (and perhaps a value prefix) before no
        letter or digit."""
        size = len(data)
        view = memoryview(data)
        for lo in range(0, max(size, 1), _SLICE):
            # Slices overlap by the longest pattern, so a name across their border is whole in one.
            window = view[lo:lo + _SLICE + self._overlap]
            if self._find_marker is not None and self._find_marker(window):
                return True
            for index, _, end in self._find_quoted(window, overlapping=True):
                end += lo
                if index < self._bounded:
                    if end == size or data[end] not in _ALNUM:
                        return True
                elif self._name_at(data, end):
                    return True
        return False

    def _name_at(self, data: bytes, start: int) -> bool:
        """A name starts at `start` and no letter or digit follows it (after a value prefix)."""
        size = len(data)
        for length in self._name_lengths:
            end = start + length
            if end > size:
                break
            if (end == size or data[end] not in _ALNUM) and data[start:end] in self._name_set:
                return True
        return False

    def _escaped_name(self, data: bytes) -> bool:
        """A name written with escape sequences: decode the run of name characters around each.

        A run that still holds an escape once decoded is decoded again: in a notebook, the
        backslash of a Python escape can itself be JSON-escaped (`\\u005cx61da`). A run is
        decoded again only if decoding shortened it, so this ends (`\\` + CRLF decodes to
        itself: CPython keeps an unknown escape as it is)."""
        for escape in _ESCAPE.finditer(data):
            lo = max(0, escape.start() - 128)
            for run in _ESCAPED_RUN.finditer(data, lo, escape.end() + 128):
                if run.start() <= escape.start() < run.end():
                    try:
                        text = codecs.decode(run.group(), "unicode_escape")
                    except (UnicodeDecodeError, ValueError):
                        continue
                    # The run starts the value as far as the test can tell: lead it with a quote.
                    decoded = b'"' + text.encode("utf-8", "replace")
                    if self._found(decoded) or (b"\\" in decoded
                                                and len(text) < len(run.group())
                                                and self._escaped_name(decoded)):
                        return True
        return False

    def __reduce__(self):  # the automaton is rebuilt, not pickled
        return (Prefilter, (self.names, [m.decode() for m in self.markers],
                            [m.decode() for m in self.config_markers]))


class _Dialect:
    """The test for the files of one non-Python dialect, built on the first such file (a
    Python-only tree never builds one): names (and value prefixes) after the dialect's leaders,
    or after any byte that does not continue a name; the dialect's markers anywhere."""

    def __init__(self, prefilter: Prefilter, dialect: str) -> None:
        self.prefilter = prefilter
        self.bare = dialect == BARE
        leaders: Tuple[bytes, ...] = (b"",) if self.bare else _QUOTES
        if dialect == SCRIPT:
            leaders += (b"`",)
        names = [name.encode() for name in prefilter.names]
        patterns = [lead + name for name in names for lead in leaders]
        self._bounded = len(patterns)
        patterns += [lead + prefix.encode() for prefix in VALUE_PREFIXES for lead in leaders]
        self._overlap = max(len(p) for p in patterns)
        self._find = BytesAhoCorasick(patterns, implementation=Implementation.DFA
                                      ).find_matches_as_indexes
        markers = prefilter.markers if dialect == SCRIPT else prefilter.config_markers
        self._find_marker = BytesAhoCorasick(list(markers)).find_matches_as_indexes \
            if markers else None

    def found(self, data: bytes) -> bool:
        size = len(data)
        view = memoryview(data)
        for lo in range(0, max(size, 1), _SLICE):
            window = view[lo:lo + _SLICE + self._overlap]
            if self._find_marker is not None and self._find_marker(window):
                return True
            for index, start, end in self._find(window, overlapping=True):
                start += lo
                end += lo
                if self.bare and start > 0 and data[start - 1] in _NAME_BYTES:
                    continue
                if index < self._bounded:
                    if end == size or data[end] not in _ALNUM:
                        return True
                elif self.prefilter._name_at(data, end):
                    return True
        return False


def _foreign_encoding(data: bytes) -> bool:
    """A PEP 263 cookie naming an encoding in which names would not be ASCII bytes (UTF-16 ...)."""
    head = data[:512]
    if b"coding" not in head:
        return False
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
        return _ASCII_PROBE.encode(encoding) != _ASCII_PROBE.encode("ascii")
    except (SyntaxError, LookupError, UnicodeError):
        return False  # undecodable: reading it as Python fails anyway, with its own message


__all__ = ["BARE", "DIALECTS", "PYTHON", "Prefilter", "QUOTED", "SCRIPT"]
