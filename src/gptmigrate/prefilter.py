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
- a marker counts anywhere: `openai` only with one of the words an API finding must spell
  (`matching.OPENAI_MODULE_WORDS`, `OPENAI_CLIENT_WORDS`) where detection can read it: after
  `openai` (or an alias of it) and a dot, or any expression and a dot for a client's resources,
  or in `from openai import ...` (`ApiGate`). In LLM code most files that mention `openai`
  use its current API, and those cannot hold an API finding; within a parsed file, every
  definition that mentions `openai` is still parsed (`accepts_text`);
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
from typing import Dict, Iterable, Optional, Sequence, Set, Tuple, Union

from ahocorasick_rs import BytesAhoCorasick, Implementation, MatchKind

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
# In JSON and TOML a string is read whole: after a name its value ends (a quote), goes on as a
# fine-tune's does (`:`), or is escaped; anything else (`"ada pt"`) names no model. And what
# makes the string a key (`"gpt-4": ...`, `"gpt-4" = ...`, `"ada:ft-x": ...`): the readers
# report values only (a tokenizer's vocabulary or a price table keyed by model names holds
# thousands of such keys and often no value at all).
_QUOTED_VALUE_GOES_ON = frozenset(b"\"':\\")
_KEY_END = re.compile(rb"[^\"'\\\r\n]*[\"'][ \t\r\n]*[:=]")
# Bytes that continue a name: in a file whose values need no quotes, a name counts only after
# none of these (`ada` in `metadata: x` or `lambda` does not).
_NAME_BYTES = _ALNUM | frozenset(b"-_.")

# How a string value starts in a file of each format (`formats.Reader.dialect`):
PYTHON = "python"  # after a quote; API markers anywhere
QUOTED = "quoted"  # JSON, TOML: after a quote; no API markers (configuration holds no calls)
SCRIPT = "script"  # JavaScript, TypeScript: after a quote or a backtick; API markers anywhere
BARE = "bare"  # YAML, .env, INI: after any byte that does not continue a name; no API markers
DIALECTS = (PYTHON, QUOTED, SCRIPT, BARE)


_WORD = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_") | frozenset(
    range(0x80, 0x100))  # bytes of an identifier (UTF-8 lead and continuation bytes included)
# What may stand between the parts of a dotted name or of an import in a .py file, and in a
# notebook's JSON: spaces, line breaks, backslash continuations, a line's closing quote and
# comma; an escaped break (`\n` in JSON) counts as a break, a comment is read over.
_GAP = frozenset(b" \t\r\n\f\\\",")
_ESCAPED = frozenset(b"nrt")
_BACKSLASH = 0x5C
_DOT = 0x2E
_HASH = 0x23
_IMPORT = b"import"
# A gap after a dot (without comments: those are read by `_skip_forward`), then a name.
_GAP_AND_NAME = re.compile(rb'(?:[ \t\r\n\f",]|\\[nrt]?)*((?:\w|[\x80-\xff])*)')
# `chat` bound by an assignment or annotation (`chat = client`, `x.chat: OpenAI`, a parameter).
_BINDS_CHAT = re.compile(rb"(?<![\w\x80-\xff])chat[ \t\r\n\\]*(?:=(?!=)|:)")


class ApiGate:
    """Whether a source that spells `module` (`openai`) can hold an API finding: it must spell

    - one of `owner_words` (a client's resources, `client.completions`, and the v0 resources
      detection also reads on a parameter or attribute, `api.ChatCompletion`) after a dot;
    - one of `module_words` (every v0 resource, `error`, the removed helpers) after the module
      or an alias of it (`import openai as oa`) and a dot, or after any dot in a file that
      binds the module to a name (`self.api = openai`);
    - or any of them in a `from <module> import` list.

    One automaton finds every dot before a word or before a gap (Python allows spaces, line
    breaks, backslash continuations and comments between the parts of a dotted name; a
    notebook's JSON adds quotes, commas and escaped breaks); only its hits and the module's own
    occurrences are read in Python, without a parse. Accepting too much only costs a parse.
    Identifiers spelled with JSON escapes of ASCII letters (`\\u0043ompletion` in a notebook)
    are not decoded, as for the marker itself.
    """

    def __init__(self, module: str, module_words: Iterable[str],
                 owner_words: Iterable[str], imported: bool = False) -> None:
        self.module = module
        self.imported = imported
        self._import = _import_pattern(module) if imported else None
        self.owner_words = tuple(sorted(set(owner_words)))
        self.module_words = tuple(sorted(set(module_words) - set(self.owner_words)))
        self._marker = module.encode()
        # `getattr(openai, name)`: a resource looked up by name (`Detector._resource_by_name`)
        self._lookup = re.compile(rb"getattr\(\s*" + re.escape(self._marker) + rb"\s*,")
        words = [w.encode() for w in self.module_words + self.owner_words]
        self._words = frozenset(words)
        self._owner = frozenset(w.encode() for w in self.owner_words)
        # Pattern i < len(words): a dot and words[i]; after them, a dot and a gap's first byte.
        self._gap_from = len(words)
        self._patterns = words
        self._find_dots = BytesAhoCorasick(
            [b"." + w for w in words] + [b"." + bytes([g]) for g in sorted(_GAP | {_HASH})],
            implementation=Implementation.DFA).find_matches_as_indexes

    def passes(self, data: bytes) -> bool:
        """One of the words stands where detection can read it as a legacy API (and, for
        `imported` gates, an import statement names the module: checked last, the dearer)."""
        if not self._spells_a_word(data):
            return False
        return self._import is None or self._import.search(data) is not None

    def _spells_a_word(self, data: bytes) -> bool:
        if self._lookup.search(data) is not None:
            return True
        bases, bound = self._bases(data)
        if bound is None:
            return True  # a word in a `from openai import` list
        binds_chat: Optional[bool] = None
        for index, dot, end in self._find_dots(data):
            if index < self._gap_from:
                word = self._patterns[index]
                if end < len(data) and data[end] in _WORD:
                    continue
            else:
                gap = _GAP_AND_NAME.match(data, dot + 1)
                word = gap.group(1)
                if not word and gap.end() < len(data) and data[gap.end()] == _HASH:
                    word = _identifier_at(data, _skip_forward(data, gap.end()))
                if word not in self._words:
                    continue
            if word not in self._owner and not bound:
                base = _skip_back(data, dot, b")")
                if base is not None and _identifier_before(data, base) not in bases:
                    continue
            elif word == b"completions":
                base = _skip_back(data, dot, b")")
                if base is not None and _identifier_before(data, base) == b"chat":
                    # `chat.completions` is the current API, unless `chat` is a name the
                    # file binds (`chat = client`), which detection may resolve to a client.
                    if binds_chat is None:
                        binds_chat = _BINDS_CHAT.search(data) is not None
                    if not binds_chat:
                        continue
            return True
        return False

    def _bases(self, data: bytes) -> Tuple[Set[bytes], Optional[bool]]:
        """The names of the module (itself and its aliases), and whether the file binds it to a
        name (`x = openai`); None for the latter when a `from <module> import` list names one
        of the words (the file passes)."""
        bases = {self._marker}
        bound = False
        todo = [self._marker]
        while todo:
            name = todo.pop()
            at = data.find(name)
            while at >= 0:
                end = at + len(name)
                if _whole(data, at, end):
                    before = _skip_back(data, at)
                    after = _skip_forward(data, end)
                    if (before and data[before - 1] == 0x3D  # `x = openai`, not `==`
                            and (before < 2 or data[before - 2] not in b"=!<>")
                            and (after == len(data) or data[after] not in b".([")):
                        bound = True
                    following = _identifier_at(data, after)
                    if following == b"as":  # `import openai as oa`
                        alias = _identifier_at(data, _skip_forward(data, after + 2))
                        if alias and alias not in bases:
                            bases.add(alias)
                            todo.append(alias)
                    elif following == _IMPORT and name == self._marker \
                            and self._imports_a_word(data, after + len(_IMPORT)):
                        return bases, None
                at = data.find(name, end)
        return bases, bound

    def _imports_a_word(self, data: bytes, at: int) -> bool:
        """The import list at `at` (`from openai import (OpenAI, Completion as C)`) names a
        word, or is `*` (which binds openai<1's resources)."""
        while True:
            at = _skip_forward(data, at, b"(,")
            if data[at:at + 1] == b"*":
                return True
            name = _identifier_at(data, at)
            if not name:
                return False
            if name in self._words:
                return True
            at += len(name)

    def __reduce__(self):  # the automaton is rebuilt, not pickled
        return (ApiGate, (self.module, self.module_words, self.owner_words, self.imported))


class WordGate:
    """Whether a source that spells `module` (`langchain`) can hold a finding of that SDK: it
    must spell one of `words` after a dot (`langchain.llms`, `client.completion`) or after
    `import`, a comma or a bracket (`from langchain_openai import OpenAI`), read back over the
    gap Python allows there (a comment on the way: accepted). A word elsewhere (`x = OpenAI`,
    prose) does not count. `chat.completions` counts only where the file binds `chat`."""

    def __init__(self, module: str, words: Iterable[str], imported: bool = False) -> None:
        self.module = module
        self.imported = imported
        self._import = _import_pattern(module) if imported else None
        self.words = tuple(sorted(set(words)))
        self._marker = module.encode()
        self._find = BytesAhoCorasick([w.encode() for w in self.words],
                                      implementation=Implementation.DFA).find_matches_as_indexes

    def passes(self, data: bytes) -> bool:
        """One of the words stands after a dot or in an import list (and, for `imported`
        gates, an import statement names the module: checked last, the dearer)."""
        if not self._spells_a_word(data):
            return False
        return self._import is None or self._import.search(data) is not None

    def _spells_a_word(self, data: bytes) -> bool:
        for index, start, end in self._find(data, overlapping=True):
            if not _whole(data, start, end):
                continue
            before = _skip_back(data, start, b"(")
            if before is None or data.find(b",", before, start) >= 0 \
                    or data.find(b"(", before, start) >= 0:
                return True  # a comment, a comma or a bracket on the way
            if before and data[before - 1] == _DOT:
                if self.words[index] == "completions" and _current_chat(data, before - 1):
                    continue
                return True
            if _identifier_before(data, before) == _IMPORT:
                return True
        return False

    def __reduce__(self):  # the automaton is rebuilt, not pickled
        return (WordGate, (self.module, self.words, self.imported))


def _import_pattern(module: str) -> "re.Pattern[bytes]":
    """An import statement that names `module` (or a package whose name holds it, as
    `langchain_community` holds `langchain`): `import x, module`, `from module.sub import`,
    over backslash continuations. Detection resolves the other SDKs' names only through their
    imports, so a file without one holds no finding of theirs but its model strings (which
    the names automaton reads apart)."""
    name = re.escape(module.encode())
    # a backslash continuation, in a .py file or between the lines of a notebook cell's
    # source list (`"import \\\n",` then `"    module"`)
    continued = rb'(?:\\\r?\n|\\\\\\n",[ \t]*\r?\n[ \t]*")'
    return re.compile(rb"\bimport\b(?:" + continued + rb"|[^\n])*" + name
                      + rb"|\bfrom[ \t]+(?:" + continued + rb"[ \t]*)?\.*[\w.]*" + name)


def _current_chat(data: bytes, dot: int) -> bool:
    """`chat.completions` before the dot at `dot`, in a file that binds nothing named `chat`
    (`chat = client`), which detection could resolve to a client: the current Chat API."""
    base = _skip_back(data, dot, b")")
    return (base is not None and _identifier_before(data, base) == b"chat"
            and _BINDS_CHAT.search(data) is None)


def _whole(data: bytes, start: int, end: int) -> bool:
    """data[start:end] is a whole identifier (an escaped break before it is a break)."""
    if start and data[start - 1] in _WORD and not _escape_before(data, start - 1):
        return False
    return end == len(data) or data[end] not in _WORD


def _escape_before(data: bytes, at: int) -> bool:
    """data[at] is the letter of an escaped break (`\\n` in a notebook's JSON)."""
    return data[at] in _ESCAPED and at > 0 and data[at - 1] == _BACKSLASH


def _skip_forward(data: bytes, at: int, extra: bytes = b"") -> int:
    """Where the gap that starts at `at` ends; a comment is part of the gap."""
    size = len(data)
    while at < size:
        byte = data[at]
        if byte == _BACKSLASH and at + 1 < size and data[at + 1] in _ESCAPED:
            at += 2
        elif byte in _GAP or byte in extra:
            at += 1
        elif byte == _HASH:  # to the end of the line, a raw or an escaped break
            end = data.find(b"\n", at)
            end = size if end < 0 else end
            escaped = data.find(b"\\n", at, end)
            at = end if escaped < 0 else escaped
        else:
            break
    return at


def _skip_back(data: bytes, at: int, extra: bytes = b"") -> Optional[int]:
    """Where the gap before `at` starts; None if a comment may stand in it (a line crossed on
    the way holds a `#`)."""
    while at > 0:
        byte = data[at - 1]
        if byte in _ESCAPED and at > 1 and data[at - 2] == _BACKSLASH:
            if byte == 0x6E and _comment_before(data, at - 2):
                return None
            at -= 2
        elif byte in _GAP or byte in extra:
            if byte == 0x0A and _comment_before(data, at - 1):
                return None
            at -= 1
        else:
            break
    return at


def _comment_before(data: bytes, at: int) -> bool:
    """The line that ends at `at` (a raw or an escaped break) holds a `#`."""
    line = max(data.rfind(b"\n", 0, at), data.rfind(b"\\n", 0, at) + 1)
    return data.find(b"#", line, at) >= 0


def _identifier_before(data: bytes, at: int) -> bytes:
    """The identifier that ends at `at` (b"" if none), stopping at an escaped break."""
    start = at
    while start > 0 and data[start - 1] in _WORD and not _escape_before(data, start - 1):
        start -= 1
    return data[start:at]


def _identifier_at(data: bytes, at: int) -> bytes:
    """The identifier that starts at `at` (b"" if none)."""
    end = at
    size = len(data)
    while end < size and data[end] in _WORD:
        end += 1
    return data[at:end]


class Prefilter:
    """Accepts the raw bytes of every file that could hold a finding, and few others."""

    def __init__(self, names: Iterable[str], markers: Iterable[str],
                 gates: Sequence[Union[ApiGate, "WordGate"]] = (),
                 config_markers: Iterable[str] = ()) -> None:
        self.names: Tuple[str, ...] = tuple(sorted({n for n in names if n}))
        self.markers: Tuple[bytes, ...] = tuple(sorted({m.encode() for m in markers if m}))
        self.gates: Tuple[Union[ApiGate, WordGate], ...] = tuple(gates)
        self._gated = tuple((gate._marker, gate) for gate in self.gates)
        # Which gates' modules a file spells: one pass for all (one `in` per gate cost twice
        # the whole prefilter). Leftmost-first searches let the crate use its SIMD (Teddy)
        # searcher, ~15x faster than a standard automaton over these few words; a match hides
        # no other module (no module's end is another's start: a test keeps it so).
        self._gate_markers = sorted({marker for marker, _ in self._gated})
        self._find_gates = (BytesAhoCorasick(self._gate_markers,
                                             matchkind=MatchKind.LeftmostFirst
                                             ).find_matches_as_indexes
                            if self._gate_markers else None)
        # Markers that count in configuration files (api-versions; suppressions with GM901).
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
        # Any one marker is enough, so a leftmost-first search (SIMD, as above) loses nothing.
        self._find_marker = (BytesAhoCorasick(list(self.markers),
                                              matchkind=MatchKind.LeftmostFirst
                                              ).find_matches_as_indexes
                             if self.markers else None)

    def accepts(self, data: bytes, dialect: str = PYTHON) -> bool:
        """False only if no table name or marker can be read out of `data`, a file of `dialect`
        (how its string values start: `PYTHON`, `QUOTED`, `SCRIPT` or `BARE`), and, in Python,
        no gate's module is spelled with one of its words where detection reads them."""
        if dialect != PYTHON:
            if dialect not in self._dialects:
                self._dialects[dialect] = _Dialect(self, dialect)
            return (self._dialects[dialect].found(data)
                    or (b"\\" in data and self._escaped_name(data)) or _foreign_encoding(data))
        present: Set[bytes] = set()
        return (self._found(data, present) or (b"\\" in data and self._escaped_name(data))
                or _foreign_encoding(data)
                or any(gate.passes(data) for marker, gate in self._gated if marker in present))

    def accepts_text(self, text: str) -> bool:
        """For a part of an accepted file (a top-level definition: `focus`): a table name, a
        marker, or a gate's module anywhere in it. Leaving out a definition that mentions
        `openai` can change what the rest of the file resolves to (its imports count for the
        whole module), so it is parsed as before."""
        data = text.encode("utf-8", "surrogatepass")
        present: Set[bytes] = set()
        return (self._found(data, present) or bool(present)
                or (b"\\" in data and self._escaped_name(data)) or _foreign_encoding(data))

    def _found(self, data: bytes, gated: Optional[Set[bytes]] = None) -> bool:
        """A marker anywhere, or a name after a quote (and perhaps a value prefix) before no
        letter or digit; the gates' modules it spells are added to `gated`."""
        size = len(data)
        view = memoryview(data)
        for lo in range(0, max(size, 1), _SLICE):
            # Slices overlap by the longest pattern, so a name across their border is whole in one.
            window = view[lo:lo + _SLICE + self._overlap]
            if self._find_marker is not None and self._find_marker(window):
                return True
            if gated is not None and self._find_gates is not None:
                gated.update(self._gate_markers[index]
                             for index, _, _ in self._find_gates(window))
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
                    # Python reads a backslash before \r\n as a line continuation too; the
                    # codec knows only \n (and would leave the backslash for another round).
                    raw = run.group().replace(b"\r\n", b"\n")
                    try:
                        text = codecs.decode(raw, "unicode_escape")
                    except (UnicodeDecodeError, ValueError):
                        continue
                    # The run starts the value as far as the test can tell: lead it with a quote.
                    decoded = b'"' + text.encode("utf-8", "replace")
                    if self._found(decoded) or (b"\\" in decoded and len(text) < len(raw)
                                                and self._escaped_name(decoded)):
                        return True
        return False

    def __reduce__(self):  # the automaton is rebuilt, not pickled
        return (Prefilter, (self.names, [m.decode() for m in self.markers], self.gates,
                            [m.decode() for m in self.config_markers]))


class _Dialect:
    """The test for the files of one non-Python dialect, built on the first such file (a
    Python-only tree never builds one): names (and value prefixes) after the dialect's leaders,
    or after any byte that does not continue a name; the dialect's markers anywhere."""

    def __init__(self, prefilter: Prefilter, dialect: str) -> None:
        self.prefilter = prefilter
        self.bare = dialect == BARE
        self.keyed = dialect == QUOTED  # a value is one string: `_QUOTED_VALUE_GOES_ON`
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
        # Scripts: every API marker, a gate's module (`openai`) included, anywhere.
        markers = (prefilter.markers + tuple(marker for marker, _ in prefilter._gated)
                   if dialect == SCRIPT else prefilter.config_markers)
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
                        if self.keyed and end < size and (data[end] not in _QUOTED_VALUE_GOES_ON
                                                          or _KEY_END.match(data, end)):
                            continue
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


__all__ = ["ApiGate", "BARE", "DIALECTS", "PYTHON", "Prefilter", "QUOTED", "SCRIPT", "WordGate"]
