"""A cheap test over raw bytes that decides which files are worth parsing.

Parsing with libcst costs about a thousand times more than reading a file, so every file first
goes through `Prefilter.accepts`: a file it rejects cannot hold a finding, a file it accepts is
parsed and judged by the detector. The test must never reject a file with a finding, so it is
built from the detector's own vocabulary (`detect.prefilter_needles`) and errs towards accepting:

- a model name counts wherever it is not glued to a letter or digit (the matcher only accepts a
  name as a whole value, after a provider prefix or around a fine-tune's `:`), so `metadata`
  does not wake up `ada`;
- a marker (`openai`) counts anywhere;
- a name spelled with escape sequences (`"text\\x2ddavinci-003"`) or split by a
  backslash-newline inside a string is decoded and looked for too;
- a file that declares an encoding in which ASCII is not ASCII is always parsed.

Speed: scanning for a few hundred names with one regular expression runs at a few MB/s in
Python's `re`. Instead, each name gets a short literal anchor (a word of it, shared by as many
names as possible), `bytes.find` looks for the anchors at memory speed, and only the few bytes
around an anchor hit are checked against the precise expression.
"""

from __future__ import annotations

import codecs
import io
import re
import tokenize
from typing import Dict, Iterable, List, Sequence, Set, Tuple

# Words frequent in ordinary code: a name that contains a rarer word is anchored on that word.
# Only a speed hint: any choice of anchors finds the same files.
_COMMON_WORDS = frozenset({
    "chat", "code", "doc", "edit", "instruct", "latest", "mini", "preview", "pro", "query",
    "search", "similarity", "text", "turbo", "vision", "embedding", "large", "small", "base",
    "flash", "light", "lite", "max", "plus", "high", "low", "audio", "image", "realtime",
})
_MIN_ANCHOR = 3
_BOUNDARY = rb"[A-Za-z0-9]"
# Escapes that can stand for a character of a model name, and a backslash-newline inside a string.
_ESCAPE = re.compile(
    rb"\\(?:x[2-7][0-9a-fA-F]|u00[2-7][0-9a-fA-F]|U000000[2-7][0-9a-fA-F]|N\{|[0-7]{1,3}|\r?\n)"
)
_ESCAPED_RUN = re.compile(
    rb"(?:[A-Za-z0-9_.:/@-]|\\(?:x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[A-Za-z0-9 -]*\}"
    rb"|[0-7]{1,3}|\r?\n))+"
)
_ASCII_PROBE = "openai model-ft:/"


class Prefilter:
    """Accepts the raw bytes of every file that could hold a finding, and few others."""

    def __init__(self, names: Iterable[str], markers: Iterable[str]) -> None:
        self.names: Tuple[str, ...] = tuple(sorted({n for n in names if n}))
        self.markers: Tuple[bytes, ...] = tuple(sorted({m.encode() for m in markers if m}))
        encoded = [n.encode() for n in self.names]
        self._precise = re.compile(
            rb"(?<!" + _BOUNDARY + rb")(?:" + _trie_pattern(encoded) + rb")(?!" + _BOUNDARY + rb")"
            if encoded else rb"(?!)"
        )
        self.anchors: Dict[bytes, Tuple[int, int]] = {}
        for anchor, members in choose_anchors(self.names).items():
            before = after = 0
            # Every occurrence of the anchor in every name it covers must fit the window.
            for name in members:
                start = name.find(anchor)
                while start != -1:
                    before = max(before, start)
                    after = max(after, len(name) - start)
                    start = name.find(anchor, start + 1)
            self.anchors[anchor.encode()] = (before + 1, after + 1)

    def accepts(self, data: bytes) -> bool:
        """False only if no table name or marker can be read out of `data`."""
        for marker in self.markers:
            if marker in data:
                return True
        for anchor, (before, after) in self.anchors.items():
            hit = data.find(anchor)
            while hit != -1:
                if self._in_window(data, max(0, hit - before), hit + after):
                    return True
                hit = data.find(anchor, hit + 1)
        return self._escaped_name(data) or _foreign_encoding(data)

    def _in_window(self, data: bytes, start: int, end: int) -> bool:
        """A bounded name in data[start:end]; one that touches `end` is checked past it too."""
        found = self._precise.search(data, start, end)
        while found is not None:
            if found.end() < end or end >= len(data) or self._precise.match(data, found.start()):
                return True
            found = self._precise.search(data, found.start() + 1, end)
        return False

    def _escaped_name(self, data: bytes) -> bool:
        """A name written with escape sequences: decode the run of name characters around each."""
        for escape in _ESCAPE.finditer(data):
            lo = max(0, escape.start() - 128)
            for run in _ESCAPED_RUN.finditer(data, lo, escape.end() + 128):
                if run.start() <= escape.start() < run.end():
                    try:
                        text = codecs.decode(run.group(), "unicode_escape")
                    except (UnicodeDecodeError, ValueError):
                        continue
                    decoded = text.encode("utf-8", "replace")
                    if any(m in decoded for m in self.markers) or self._precise.search(decoded):
                        return True
        return False

    def __reduce__(self):  # compiled patterns are rebuilt, not pickled
        return (Prefilter, (self.names, [m.decode() for m in self.markers]))


def choose_anchors(names: Sequence[str]) -> Dict[str, List[str]]:
    """A few literal words such that every name contains one: anchor -> the names it covers.

    Greedy set cover over the words of the names (runs of letters, runs of letters and digits;
    a name with neither is its own anchor), preferring words outside `_COMMON_WORDS`, then words
    of three letters or more, then words shared by more names, then longer words.
    """
    words: Dict[str, Set[str]] = {}
    uncovered: Set[str] = set()
    for name in names:
        found = {w for w in re.findall(r"[A-Za-z]+", name) if len(w) >= _MIN_ANCHOR}
        found |= {w for w in re.findall(r"[A-Za-z0-9]+", name) if len(w) >= 2}
        if not found:
            found = {name}
        for word in found:
            words.setdefault(word, set()).add(name)
        uncovered.add(name)
    chosen: Dict[str, List[str]] = {}
    while uncovered:
        best = max(
            (w for w in words if words[w] & uncovered),
            key=lambda w: (w.lower() not in _COMMON_WORDS, sum(c.isalpha() for c in w) >= _MIN_ANCHOR,
                           len(words[w] & uncovered), len(w), w),
        )
        covered = words[best] & uncovered
        # A common word still covers every name it occurs in, so the window fits all of them.
        chosen[best] = sorted(words[best])
        uncovered -= covered
    return chosen


def _trie_pattern(words: Sequence[bytes]) -> bytes:
    """An alternation of `words` factored by common prefixes: far faster for `re` to try."""
    trie: Dict = {}
    for word in words:
        node = trie
        for byte in word:
            node = node.setdefault(byte, {})
        node[None] = {}

    def build(node: Dict) -> bytes:
        branches = [re.escape(bytes([byte])) + build(child)
                    for byte, child in sorted((k, v) for k, v in node.items() if k is not None)]
        if not branches:
            return b""
        body = branches[0] if len(branches) == 1 else b"(?:" + b"|".join(branches) + b")"
        return b"(?:" + body + b")?" if None in node else body

    return build(trie)


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


__all__ = ["Prefilter", "choose_anchors"]
