"""A cheap test over raw bytes that decides which files are worth parsing.

Parsing and checking a file cost hundreds of times more than reading it, so every file first
goes through `Prefilter.accepts`: a file it rejects cannot hold a finding, a file it accepts is
parsed and judged by the detector. The test must never reject a file with a finding, so it is
built from the detector's own vocabulary (every table name the matcher knows, the API markers)
and errs towards accepting:

- a model name counts where it starts a string's value or follows a `/` or `:` in it (the
  matcher only accepts a name as a whole value, after a provider prefix such as `openai/`, or
  around a fine-tune's `:`), so right after a quote, `/` or `:`, and with no letter or digit
  after it: neither `metadata` nor a comment on `gpt-4` wakes a file up;
- a marker (`openai`) counts anywhere;
- a name spelled with escape sequences (`"text\\x2ddavinci-003"`) or split by a
  backslash-newline inside a string is decoded and looked for too;
- a file that declares an encoding in which ASCII is not ASCII is always parsed.

Speed: one Aho-Corasick automaton (`ahocorasick_rs`, a compiled DFA) finds every occurrence of
every name (after each of the four bytes it may follow) and marker in a single pass over the
bytes, at hundreds of MB/s whatever the number of names; only its hits are checked for the
letter-or-digit after them in Python. Leading the patterns with those bytes keeps the hits few
(`ada` inside `metadata` used to be 300,000 hits on the benchmark tree, each a tuple for Python).
The bytes are searched in slices of `_SLICE` bytes, so a file made of nothing but `"ada"ada...`
never builds a list of millions of hits.
"""

from __future__ import annotations

import codecs
import io
import re
import tokenize
from typing import Iterable, Tuple

from ahocorasick_rs import BytesAhoCorasick, Implementation

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
# How every match of _ESCAPE begins: the automaton looks for these too, so the escape pass runs
# only on the few files that hold one (it was a regex pass over every file).
_ESCAPE_STARTS = tuple(
    [b"\\x" + d for d in (b"2", b"3", b"4", b"5", b"6", b"7")]
    + [b"\\u00" + d for d in (b"2", b"3", b"4", b"5", b"6", b"7")]
    + [b"\\U000000" + d for d in (b"2", b"3", b"4", b"5", b"6", b"7")]
    + [b"\\" + d for d in (b"0", b"1", b"2", b"3", b"4", b"5", b"6", b"7")]
    + [b"\\N{", b"\\\n", b"\\\r\n"])
_ASCII_PROBE = "openai model-ft:/'\""
# What the byte before a name in a string's value can be: the opening quote (the value starts
# with the name), or the `/` or `:` of a provider prefix or a fine-tune (`ft:gpt-4o:...`).
_NAME_LEADS = (b'"', b"'", b"/", b":")


class Prefilter:
    """Accepts the raw bytes of every file that could hold a finding, and few others."""

    def __init__(self, names: Iterable[str], markers: Iterable[str]) -> None:
        self.names: Tuple[str, ...] = tuple(sorted({n for n in names if n}))
        self.markers: Tuple[bytes, ...] = tuple(sorted({m.encode() for m in markers if m}))
        patterns = [lead + n.encode() for n in self.names for lead in _NAME_LEADS]
        # Pattern indexes below this are names (the byte after them checked), then markers,
        # then from `_escapes` on the starts of escape sequences.
        self._bounded = len(patterns)
        patterns += list(self.markers)
        self._escapes = len(patterns)
        patterns += list(_ESCAPE_STARTS)
        self._overlap = max((len(p) for p in patterns), default=0)
        self._find = BytesAhoCorasick(patterns,
                                      implementation=Implementation.DFA).find_matches_as_indexes

    def accepts(self, data: bytes) -> bool:
        """False only if no table name or marker can be read out of `data`."""
        found, escaped = self._scan(data)
        return found or (escaped and self._escaped_name(data)) or _foreign_encoding(data)

    def accepts_text(self, text: str) -> bool:
        """`accepts` for decoded source text (a part of a file: `focus`)."""
        return self.accepts(text.encode("utf-8", "surrogatepass"))

    def _found(self, data: bytes) -> bool:
        """A marker anywhere, or a name after a quote, `/` or `:` and before no letter or digit."""
        return self._scan(data)[0]

    def _scan(self, data: bytes) -> Tuple[bool, bool]:
        """(`_found`, whether an escape sequence may start somewhere: see _ESCAPE_STARTS)."""
        size = len(data)
        view = memoryview(data)
        escaped = False
        for lo in range(0, max(size, 1), _SLICE):
            # Slices overlap by the longest pattern, so a name across their border is whole in one.
            for index, _, end in self._find(view[lo:lo + _SLICE + self._overlap],
                                            overlapping=True):
                if index >= self._escapes:
                    escaped = True
                elif index >= self._bounded:
                    return True, escaped
                elif end + lo == size or data[end + lo] not in _ALNUM:
                    return True, escaped
        return False, escaped

    def _escaped_name(self, data: bytes) -> bool:
        """A name written with escape sequences: decode the run of name characters around each.

        A run that still holds an escape once decoded is decoded again: in a notebook, the
        backslash of a Python escape can itself be JSON-escaped (`\\u005cx61da`). Each round
        is shorter than the last, so this ends."""
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
                                                and self._escaped_name(decoded)):
                        return True
        return False

    def __reduce__(self):  # the automaton is rebuilt, not pickled
        return (Prefilter, (self.names, [m.decode() for m in self.markers]))


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


__all__ = ["Prefilter"]
