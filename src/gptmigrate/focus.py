"""Which top-level functions and classes of a candidate file detection can leave unparsed.

The prefilter picks the files that may hold a finding; most of such a file is still code that
names no model and no `openai` (a module with one legacy call among forty functions). Parsing
costs far more than looking: `Focus.of` splits the text into top-level statements with a small
lexer (strings, comments, brackets and backslash continuations are all it needs to know where
a statement starts), and a top-level `def` or `class` (with its decorators) in which the
prefilter finds nothing is left out: its lines become empty lines, so every other statement
keeps its line and column, and Python parses the rest as the same statements.

Leaving a function out must never change a finding. A function with no table name and no
`openai` can still matter through names: it may pass a constant bound to a model as `model=`,
call a stored reference to `openai.Completion.create`, or use a client's `.completions`. The
detector therefore says which names its findings depend on (`Detector.dependencies`), and every
left-out statement that spells one of them is parsed after all (`Focus.keep`), until none is
left (`detect.detect_source`). If the lexer and Python disagree (the focused text does not
parse), the whole file is parsed instead.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import AbstractSet, Callable, FrozenSet, Iterator, List, Optional, Tuple

# What the lexer blanks out before it looks for statements: strings (whole: a prefix changes
# nothing about where one ends), comments, backslash continuations. A lone quote opens no
# complete string: the lexer does not understand the text, and nothing is left out.
# The lookahead lets the regex engine skip ahead to the next quote, `#` or backslash instead
# of trying every alternative at every character (twice as fast; the matches are the same).
_OPAQUE = re.compile(r"""
    (?=["'\#\\])(
        \"\"\"[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*\"\"\"
      | '''[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''
      | "[^"\\\r\n]*(?:\\.[^"\\\r\n]*)*"
      | '[^'\\\r\n]*(?:\\.[^'\\\r\n]*)*'
      | ["']
      | \#[^\r\n]*
      | \\(?:\r\n|\n)
    )
""", re.VERBOSE | re.DOTALL)
# A line that starts with code at column 0, in the text with strings and comments blanked (a
# form feed before it counts as no indentation, as in Python's tokenizer; such a statement is
# never taken for a definition, so it is always parsed).
_CODE_LINE = re.compile(r"\f*[^\s\\]")
# The same after a line break: led by a literal newline, found six times faster than `^` is.
_NEXT_CODE_LINE = re.compile(r"\n\f*[^\s\\]")
_DEFINITION = re.compile(r"(?:@|def\b|class\b|async[ \t\f]+def\b)")
# Clauses that continue the statement above them rather than start one.
_CLAUSE = re.compile(r"(?:else|elif|except|finally)\b")
_WORD_CHAR = re.compile(r"\w")


@dataclass(frozen=True)
class _Chunk:
    """One top-level statement (a definition with its decorators) as a range of characters
    and of lines; `skippable` for a `def` or `class` whose text may be left out."""

    start: int
    end: int
    first_line: int
    last_line: int
    skippable: bool


@dataclass(frozen=True)
class Focus:
    """The text detection parses, and the top-level definitions it leaves out."""

    source: str
    chunks: Tuple[_Chunk, ...]
    left_out: FrozenSet[int]  # indexes into `chunks`

    @staticmethod
    def of(source: str, relevant: Callable[[str], bool]) -> Optional["Focus"]:
        """The focus of `source`, leaving out every top-level definition for which `relevant`
        (the prefilter) is false; None if nothing can be left out."""
        chunks = _chunks(source)
        if chunks is None:
            return None
        left_out = frozenset(i for i, chunk in enumerate(chunks) if chunk.skippable
                             and not relevant(source[chunk.start:chunk.end]))
        if not left_out:
            return None
        return Focus(source, tuple(chunks), left_out)

    @property
    def text(self) -> str:
        """The source with each left-out definition's lines emptied."""
        parts: List[str] = []
        position = 0
        for index in sorted(self.left_out):
            chunk = self.chunks[index]
            parts.append(self.source[position:chunk.start])
            # Empty lines in its place (\r\n or \n alike: one line each to Python).
            parts.append("\n" * self.source.count("\n", chunk.start, chunk.end))
            position = chunk.end
        parts.append(self.source[position:])
        return "".join(parts)

    @property
    def left_out_lines(self) -> Tuple[Tuple[int, int], ...]:
        """(first, last) line of each left-out definition, in order."""
        return tuple((self.chunks[i].first_line, self.chunks[i].last_line)
                     for i in sorted(self.left_out))

    def spelling(self, words: AbstractSet[str]) -> FrozenSet[int]:
        """The left-out definitions in which any of `words` occurs as a whole word (in code,
        strings or comments alike: a few too many is only slower)."""
        if not words or not self.left_out:
            return frozenset()
        starts = [chunk.start for chunk in self.chunks]
        found = set()
        for word in words:
            # The word first: the regex engine then finds it with a fast literal search.
            for hit in re.finditer(re.escape(word) + r"(?!\w)", self.source):
                at = hit.start()
                if at and _WORD_CHAR.match(self.source, at - 1):
                    continue
                index = bisect.bisect_right(starts, at) - 1
                if index in self.left_out:
                    found.add(index)
        return frozenset(found)

    def only(self, indexes: AbstractSet[int]) -> str:
        """The source with every line emptied but those of the chunks `indexes`: parsed, it
        gives the statements those chunks add to `text`, at their own lines and columns."""
        parts: List[str] = []
        position = 0
        for index in sorted(indexes):
            chunk = self.chunks[index]
            parts.append("\n" * self.source.count("\n", position, chunk.start))
            parts.append(self.source[chunk.start:chunk.end])
            position = chunk.end
        return "".join(parts)

    def keep(self, indexes: AbstractSet[int]) -> Optional["Focus"]:
        """The same focus with `indexes` parsed after all; None once nothing is left out."""
        left_out = self.left_out - indexes
        if not left_out:
            return None
        return Focus(self.source, self.chunks, left_out)



def _chunks(source: str) -> Optional[List[_Chunk]]:
    """The top-level statements of `source` in order, or None where the lexer cannot tell
    (a quote that closes no string, brackets that do not pair up, old Mac line endings)."""
    starts = _statement_starts(source)
    if starts is None:
        return None
    chunks: List[_Chunk] = []
    line, counted = 1, 0  # the line number at offset `counted`
    i = 0
    while i < len(starts):
        start = starts[i]
        j = i + 1
        definition = False
        if _DEFINITION.match(source, start):
            k = i
            while k < len(starts) and source.startswith("@", starts[k]):
                k += 1  # decorators belong to the definition that follows them
            definition = k < len(starts) and bool(_DEFINITION.match(source, starts[k]))
            j = k + 1 if definition else max(k, i + 1)
        while j < len(starts) and _CLAUSE.match(source, starts[j]):
            definition = False  # `else:` after a definition: not a shape to leave out
            j += 1
        end = starts[j] if j < len(starts) else len(source)
        line += source.count("\n", counted, start)
        last = line + source.count("\n", start, max(start, end - 1))
        chunks.append(_Chunk(start, end, line, last, definition))
        counted = start
        i = j
    return chunks


def _statement_starts(source: str) -> Optional[List[int]]:
    """Offsets where a top-level statement starts: column 0 of a line that holds code and does
    not continue a string, brackets or a backslash continuation."""
    if source.count("\r") != source.count("\r\n"):
        return None  # `^` below knows only \\n as a line ending
    # Every other piece is an opaque token; blanked, each keeps its length (offsets hold), and
    # a string its first character (a statement may start with one).
    pieces = _OPAQUE.split(source)
    tokens = pieces[1::2]
    if '"' in tokens or "'" in tokens:
        return None  # a quote that opens no complete string
    pieces[1::2] = [(token[0] if token[0] in "'\"" else " ") + " " * (len(token) - 1)
                    for token in tokens]
    code = "".join(pieces)
    starts: List[int] = []
    depth = previous = 0
    for start in _code_line_starts(code):
        depth += _depth_change(code, previous, start)
        if depth < 0:
            return None
        if depth == 0:
            starts.append(start)
        previous = start
    if depth + _depth_change(code, previous, len(code)) != 0:
        return None
    return starts


def _code_line_starts(code: str) -> Iterator[int]:
    """Where lines that start with code at column 0 start (`^\\f*[^\\s\\\\]`, multiline)."""
    if _CODE_LINE.match(code):
        yield 0
    for line in _NEXT_CODE_LINE.finditer(code):
        yield line.start() + 1


def _depth_change(code: str, start: int, end: int) -> int:
    """Brackets opened minus brackets closed in code[start:end]."""
    return (code.count("(", start, end) + code.count("[", start, end)
            + code.count("{", start, end) - code.count(")", start, end)
            - code.count("]", start, end) - code.count("}", start, end))


__all__ = ["Focus"]
