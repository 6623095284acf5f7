"""What IPython runs that is not Python, masked in a cell's text without moving anything.

A notebook cell is read by IPython before Python sees it: `!ls`, `%pip install openai`,
`files = !ls`, `openai.Completion.create?` and `%%bash` cells become calls into IPython, and a
one-line cell such as `pip install openai -q` or `cd data` runs the magic of that name
(automagic). `mask_cell` replaces each such line by `0` and spaces (an expression statement
of the same length, same line breaks), so every offset of the masked text is the same offset
in the cell and edits map back by position.

Escapes count only where IPython looks for them, at the start of a logical line: a `%s` or
`!` line inside a triple-quoted string is text, and stays. A line pasted from a terminal
(`openai api fine_tunes.create -t x.jsonl -m davinci`), which Jupyter itself refuses, is masked
only where Python's parser stops on it. A cell that still does not parse is masked whole and
reported (`Masked.broken`): the other cells are scanned and fixed without it.
"""

from __future__ import annotations

import ast
import keyword
import re
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

# Cell magics whose body is Python run in the notebook's own namespace.
PYTHON_CELL_MAGICS = frozenset({"time", "timeit", "capture", "prun", "debug", "memit", "mprun"})
# Cell magics whose body is a Python program of its own: a file (`%%writefile app.py`) or a
# separate interpreter. Scanned and fixed as a module of their own, never joined to the others.
OWN_MODULE_CELL_MAGICS = frozenset({"python", "python3", "pypy"})
# Line magics whose argument is a Python statement (`%time r = f()`): only the prefix is masked.
PYTHON_LINE_MAGICS = frozenset({"time", "timeit", "prun", "debug", "memit", "mprun", "capture"})
# IPython's line magics and shell aliases, as a kernel has them by default (ipykernel's and
# the autoreload extension's included): a one-line cell starting with one runs it (automagic).
AUTOMAGICS = frozenset("""
alias alias_magic autoawait autocall automagic bookmark cat cd code_wrap colors conda config
cp debug dhist dirs doctest_mode ed edit env gui hist history killbgscripts ldir lf lk ll load
load_ext loadpy logoff logon logstart logstate logstop ls lsmagic lx macro magic mamba
matplotlib micromamba mkdir mv notebook page pastebin pdb pdef pdoc pfile pinfo pinfo2 pip
popd pprint precision prun psearch psource pushd pwd pycat pylab quickref recall rehashx
reload_ext rep rerun reset reset_selective rm rmdir run save sc set_env sx system tb time
timeit unalias unload_ext uv who who_ls whos xdel xmode clear less more man connect_info
qtconsole autosave store autoreload aimport memit mprun lprun
""".split())

# At the start of a logical line: `!cmd`, `!!cmd`, `%magic`, `?obj`, `??obj`, and IPython's
# autocall escapes `/f a`, `,f a`, `;f a`.
_ESCAPE = re.compile(r"[ \t]*(?:[!%?/,;])")
# `x = !ls`, `a, b = %sx ls`, `self.out = !!cmd` (the target's spelling is IPython's concern).
_ASSIGN = re.compile(r"[ \t]*[A-Za-z_][\w.\[\], \t]*(?<![=!<>+\-*/%&|^@:])=[ \t]*[!%]")
# `obj?`, `obj.attr??`, `%magic?`, `obj[0]?`.
_HELP_END = re.compile(r"[ \t]*%{0,2}[A-Za-z_][\w.*]*(?:\[-?\d+\])*\?\??[ \t]*$")
# `%timeit`'s options before its statement: `-n 3 -r1 -q`.
_TIMEIT_OPTIONS = re.compile(r"(?:[ \t]+-(?:[nrp][ \t]*\d+|[tcqo]+))*")
# The line magics' name, after `%`, or at the start of a one-line cell (automagic).
_MAGIC_NAME = re.compile(r"([ \t]*)(%?)([A-Za-z_]\w*)")
# A command pasted from a terminal: a word, then arguments that are words, paths, options.
_SHELL = re.compile(r"[ \t]*([A-Za-z_][\w.+-]*)(?:[ \t]+(?:-{1,2}[\w-]*(?:=\S*)?|[\w./~$'\"]\S*))+"
                    r"[ \t]*$")
# Words that start a Python statement (`print "x"` is Python 2, not a shell command).
_NOT_COMMANDS = frozenset(keyword.kwlist) | {"print", "exec", "match", "case", "type"}
# The lexer's tokens: where strings, comments and brackets are, to know which lines start a
# logical line. Triple quotes first; a one-line string must close on its line.
_TOKEN = re.compile(r"""
    (?P<triple>(?:[rRbBuUfF]{1,2})?(?:\"\"\"|'''))
  | (?P<string>(?:[rRbBuUfF]{1,2})?(?:"[^"\\\r\n]*(?:\\.[^"\\\r\n]*)*"|'[^'\\\r\n]*(?:\\.[^'\\\r\n]*)*'))
  | (?P<comment>\#[^\r\n]*)
  | (?P<open>[(\[{])
  | (?P<close>[)\]}])
  | (?P<quote>["'])
""", re.VERBOSE)
_TRIPLE_END = {'"""': re.compile(r'(?:[^"\\]|\\.|"(?!""))*"""', re.DOTALL),
               "'''": re.compile(r"(?:[^'\\]|\\.|'(?!''))*'''", re.DOTALL)}
MAX_SHELL_LINES = 50  # a cell with more terminal lines than this is reported, not repaired


@dataclass(frozen=True)
class Masked:
    """A cell as Python reads it: same length and lines; what was masked; why it is broken."""

    text: str
    spans: Tuple[Tuple[int, int], ...]  # masked character ranges of the cell
    broken: Optional[str] = None  # the cell does not parse: why (then `text` is all masked)
    own_module: bool = False  # `%%writefile x.py`, `%%python`: a program of its own
    tokens: Optional[str] = None  # a broken cell with IPython's lines masked, for a token scan
    whole: bool = False  # nothing of the cell is Python (another kernel's cell, or broken)
    automagic: bool = False  # a one-line cell run as a magic: it must stay one line


def _placeholder(body: str) -> str:
    """`body` (one line, no line break) as `0` and spaces, keeping its indentation."""
    indent = len(body) - len(body.lstrip(" \t"))
    return body[:indent] + "0" + " " * (len(body) - indent - 1)


_LINE = re.compile(r"([^\r\n]*)(\r\n|\r|\n|$)")


def _lines(source: str) -> List[Tuple[int, str, str]]:
    """(offset, text without the break, break) of each line, split where Python splits
    (a form feed or a vertical tab is not a line break to Python)."""
    out = []
    for line in _LINE.finditer(source):
        if line.start() == len(source):
            break
        out.append((line.start(), line.group(1), line.group(2)))
    return out


class _Lexer:
    """Follows strings, brackets and backslash continuations line by line, to know which
    lines start a logical line (where IPython looks for its escapes)."""

    def __init__(self) -> None:
        self.triple: Optional[str] = None
        self.depth = 0
        self.continued = False

    @property
    def at_statement(self) -> bool:
        return self.triple is None and self.depth == 0 and not self.continued

    def feed(self, body: str) -> None:
        index = 0
        self.continued = False
        if self.triple is not None:
            end = _TRIPLE_END[self.triple].match(body)
            if end is None:
                return
            self.triple = None
            index = end.end()
        while True:
            token = _TOKEN.search(body, index)
            if token is None:
                break
            kind = token.lastgroup
            index = token.end()
            if kind == "comment":
                return
            if kind == "triple":
                quote = token.group()[-3:]
                end = _TRIPLE_END[quote].match(body, index)
                if end is None:
                    self.triple = quote
                    return
                index = end.end()
            elif kind == "open":
                self.depth += 1
            elif kind == "close":
                self.depth = max(0, self.depth - 1)
        stripped = body.rstrip(" \t\f")
        self.continued = (len(stripped) - len(stripped.rstrip("\\"))) % 2 == 1


def _parses(text: str) -> Optional[SyntaxError]:
    """None if `text` parses as a cell (top-level `await` allowed, as IPython does), else
    the error."""
    try:
        compile(text, "<cell>", "exec", ast.PyCF_ONLY_AST | ast.PyCF_ALLOW_TOP_LEVEL_AWAIT,
                dont_inherit=True)
    except SyntaxError as exc:
        return exc
    except (ValueError, OverflowError) as exc:  # NUL bytes (Python < 3.12)
        return SyntaxError(str(exc))
    except (RecursionError, MemoryError):
        return SyntaxError(_TOO_DEEP)
    return None


_TOO_DEEP = "too deeply nested to parse"


def _python_argument(body: str) -> Optional[str]:
    """`%time r = f()` (or `time r = f()` in a one-line cell) with only the magic masked,
    `0;    r = f()`, when the magic runs its argument as Python and that argument is one
    simple statement; None otherwise (then the whole line is masked)."""
    name = _MAGIC_NAME.match(body)
    if name is None or name.group(3) not in PYTHON_LINE_MAGICS:
        return None
    indent = name.group(1)
    after = name.end()
    if after == len(body) or body[after] not in " \t":
        return None
    if name.group(3) == "timeit":
        after = _TIMEIT_OPTIONS.match(body, after).end()  # type: ignore[union-attr]
    statement = body[after:].lstrip(" \t")
    width = len(body) - len(statement) - len(indent)
    if not statement or statement.startswith("-") or width < 2:
        return None
    masked = indent + "0;" + " " * (width - 2) + statement
    if _parses(masked.lstrip(" \t")) is not None:
        return None
    return masked


def mask_cell(source: str) -> Masked:
    """The cell with what IPython runs as magics, shell or help masked (see the module doc)."""
    lines = _lines(source)
    out = [body + ending for _, body, ending in lines]
    spans: List[Tuple[int, int]] = []

    def mask(index: int, replacement: Optional[str] = None) -> None:
        offset, body, ending = lines[index]
        new = _placeholder(body) if replacement is None else replacement
        out[index] = new + ending
        changed = [i for i, (old, now) in enumerate(zip(body, new)) if old != now]
        if changed:
            spans.append((offset + changed[0], offset + changed[-1] + 1))

    content = [i for i, (_, body, _) in enumerate(lines) if body.strip()]
    if not content:
        return Masked(source, ())
    head = lines[content[0]][1].strip()
    own_module = False
    start = 0
    if head.startswith("%%"):
        words = head[2:].split()
        magic = words[0] if words else ""
        own_module = magic in OWN_MODULE_CELL_MAGICS or (
            magic == "writefile" and len(words) > 1 and words[-1].endswith(".py"))
        if magic not in PYTHON_CELL_MAGICS and not own_module:  # another language's cell
            for index in content:
                mask(index, "0" + " " * (len(lines[index][1]) - 1))
            return Masked("".join(out), tuple(spans), whole=True)
        mask(content[0])
        start = content[0] + 1
    lexer = _Lexer()
    for index in range(start, len(lines)):
        body = lines[index][1]
        if lexer.at_statement and (_ESCAPE.match(body) or _ASSIGN.match(body)
                                   or _HELP_END.match(body)):
            stripped = body.lstrip(" \t")
            python = stripped.startswith("%") and not stripped.startswith("%%")
            mask(index, _python_argument(body) if python else None)
            continue
        lexer.feed(body)
    text = "".join(out)
    error = _parses(text)
    if error is not None and len(content) == 1 and content[0] == len(lines) - 1:
        # IPython's automagic: a cell of one line that starts with a magic's name.
        body = lines[content[0]][1]
        name = _MAGIC_NAME.match(body)
        rest = body[name.end():].lstrip(" \t") if name else ""
        if name and not name.group(2) and name.group(3) in AUTOMAGICS \
                and not (rest[:1] in ("=", ",") and not rest.startswith("==")):
            mask(content[0], _python_argument(body))
            text = "".join(out)
            error = _parses(text)
            if error is None:
                return Masked(text, tuple(spans), own_module=own_module, automagic=True)
    for _ in range(MAX_SHELL_LINES):
        if error is None:
            return Masked(text, tuple(spans), own_module=own_module)
        # A line pasted from a terminal, where the parser stops on it.
        index = (error.lineno or 0) - 1
        if not start <= index < len(lines) or not _is_shell_line(out, index, start):
            break
        mask(index)
        text = "".join(out)
        error = _parses(text)
    if error is None:
        return Masked(text, tuple(spans), own_module=own_module)
    whole = "".join("0" + " " * (len(body) - 1) + ending if body.strip() else body + ending
                    for _, body, ending in lines)
    every = tuple((offset, offset + len(body)) for offset, body, _ in lines if body.strip())
    return Masked(whole, every, broken=_describe(error), own_module=own_module, tokens=text,
                  whole=True)


def _is_shell_line(lines: Sequence[str], index: int, start: int) -> bool:
    """Whether the line the parser stopped on (in the cell as masked so far) reads as a
    terminal command that is not Python on its own, and starts a logical line."""
    body = lines[index].rstrip("\r\n")
    shell = _SHELL.match(body)
    if shell is None or shell.group(1) in _NOT_COMMANDS or _parses(body.strip()) is None:
        return False
    lexer = _Lexer()
    for before in lines[start:index]:
        lexer.feed(before.rstrip("\r\n"))
    return lexer.at_statement


def _describe(error: SyntaxError) -> str:
    """One line: where in the cell Python stopped, and why."""
    if error.msg == _TOO_DEEP or "too many nested" in (error.msg or ""):
        return _TOO_DEEP
    if error.lineno is None:
        return f"syntax error: {error.msg}"
    return f"syntax error at line {error.lineno}, column {error.offset or 1}: {error.msg}"


__all__ = ["AUTOMAGICS", "Masked", "mask_cell"]
