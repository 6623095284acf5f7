"""Jupyter notebooks: code cells scanned as one module, fixes spliced back into the JSON text.

The code cells are joined into one virtual module (so a model constant in cell 1 used in cell 4
is followed), with IPython magics (`%time`, `%%bash` cells), shell lines (`!pip install`,
`files = !ls`) and help lines (`obj?`) masked by a placeholder of the same length: every
position in the module is the same position in its cell. Findings carry `cell` (the 1-based
index among ALL cells, as Jupyter numbers them) and the line inside the cell.

A fix rewrites only the `source` value of the changed cells inside the original JSON text:
indentation, key order, outputs, escaping of untouched lines and the trailing newline stay
byte for byte. The notebook is never re-dumped.
"""

from __future__ import annotations

import difflib
import json
import re
from dataclasses import dataclass, replace
from json.decoder import scanstring  # type: ignore[attr-defined]
from typing import Callable, Dict, Iterator, List, Optional, Sequence, Tuple


from gptmigrate.files import SourceError, decode
from gptmigrate.fix import applicable, select
from gptmigrate.types import Edit, FileError, FileResult, Finding, Fix, Position

MAX_FIX_ROUNDS = 10
_WS = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
# `!ls`, `%time f()`, `x = !ls`, `x = %sx ls`, `obj?`, `obj??`
_MAGIC_LINE = re.compile(r"^[ \t]*(?:[!%]|[A-Za-z_][\w, ]*=[ \t]*[!%]|[\w.]+\?\??[ \t]*$)")


# Cell magics whose body is Python run by IPython.
PYTHON_CELL_MAGICS = frozenset({"time", "timeit", "capture", "prun", "debug", "memit", "mprun",
                                "python", "python3", "ipython", "px", "autoreload"})


class NotebookError(ValueError):
    """The file is not a notebook this tool can read (bad JSON, not nbformat 4, not Python)."""


@dataclass
class Cell:
    """A code cell: its index among all cells, its source text and where that sits in the JSON."""

    index: int
    source: str
    value_start: int
    value_end: int
    as_list: bool


@dataclass(frozen=True)
class _Layout:
    """Where each cell's text sits in the virtual module."""

    cells: Tuple[Cell, ...]
    starts: Tuple[int, ...]  # offset of each cell in the virtual text
    first_lines: Tuple[int, ...]  # 1-based line of each cell's first line
    text: str

    def cell_at_line(self, line: int) -> int:
        position = 0
        for number, first in enumerate(self.first_lines):
            if first <= line:
                position = number
        return position

    def cell_at_offset(self, offset: int) -> int:
        position = 0
        for number, start in enumerate(self.starts):
            if start <= offset:
                position = number
        return position


# -- reading the JSON with positions ------------------------------------------------------------

def _skip(text: str, index: int) -> int:
    return _WS.match(text, index).end()  # type: ignore[union-attr]


def _members(text: str, index: int) -> Iterator[Tuple[str, int, int]]:
    """(key, value start, value end) of the JSON object starting at `index`."""
    if text[index] != "{":
        raise NotebookError("expected a JSON object")
    index = _skip(text, index + 1)
    if text[index] == "}":
        return
    while True:
        if text[index] != '"':
            raise NotebookError("expected a key")
        key, index = scanstring(text, index + 1)
        index = _skip(text, index)
        if text[index] != ":":
            raise NotebookError("expected ':'")
        start = _skip(text, index + 1)
        _, end = _DECODER.raw_decode(text, start)
        yield key, start, end
        index = _skip(text, end)
        if text[index] == ",":
            index = _skip(text, index + 1)
            continue
        if text[index] != "}":
            raise NotebookError("expected ',' or '}'")
        return


def _items(text: str, index: int) -> Iterator[Tuple[int, int]]:
    """(start, end) of each value of the JSON array starting at `index`."""
    if text[index] != "[":
        raise NotebookError("expected a JSON array")
    index = _skip(text, index + 1)
    if text[index] == "]":
        return
    while True:
        _, end = _DECODER.raw_decode(text, index)
        yield index, end
        index = _skip(text, end)
        if text[index] == ",":
            index = _skip(text, index + 1)
            continue
        if text[index] != "]":
            raise NotebookError("expected ',' or ']'")
        return


def read_cells(text: str) -> List[Cell]:
    """The code cells of a notebook's JSON text, with the span of each `source` value."""
    try:
        document = json.loads(text)
    except ValueError as exc:
        raise NotebookError(f"not valid JSON: {exc}") from None
    except RecursionError:
        raise NotebookError("not valid JSON for a notebook: nested too deeply to read") from None
    if not isinstance(document, dict) or not isinstance(document.get("cells"), list):
        raise NotebookError("not a Jupyter notebook (no 'cells' list; nbformat 4 is required)")
    language = _language(document.get("metadata"))
    if language is not None and language != "python":
        return []  # an R or Julia notebook: nothing for a Python linter to read
    cells: List[Cell] = []
    try:
        start = _skip(text, 0)
        for key, value_start, _ in _members(text, start):
            if key != "cells":
                continue
            for number, (cell_start, cell_end) in enumerate(_items(text, value_start), 1):
                cell = document["cells"][number - 1]
                if not isinstance(cell, dict) or cell.get("cell_type") != "code":
                    continue
                for cell_key, source_start, source_end in _members(text, cell_start):
                    if cell_key == "source":
                        source = cell["source"]
                        as_list = isinstance(source, list)
                        if as_list and not all(isinstance(s, str) for s in source):
                            raise NotebookError(f"cell {number}: source is not text")
                        if not as_list and not isinstance(source, str):
                            raise NotebookError(f"cell {number}: source is not text")
                        cells.append(Cell(number, "".join(source) if as_list else source,
                                          source_start, source_end, as_list))
    except (IndexError, ValueError) as exc:
        raise NotebookError(f"unexpected JSON layout: {exc}") from None
    return cells


def _language(metadata: object) -> Optional[str]:
    if not isinstance(metadata, dict):
        return None
    for key, field in (("language_info", "name"), ("kernelspec", "language")):
        section = metadata.get(key)
        if isinstance(section, dict) and isinstance(section.get(field), str):
            return section[field].lower()
    return None


# -- the virtual module -------------------------------------------------------------------------

def mask_magics(source: str) -> str:
    """The cell with every IPython-only line replaced by `0` and spaces (same length, same lines).

    A cell magic (`%%bash`, `%%writefile`) masks its whole cell: its body is not Python; the
    body of `%%time`, `%%capture` and the like is Python and is scanned.
    """
    lines = source.splitlines(keepends=True)
    first = next((line for line in lines if line.strip()), "").strip()
    whole_cell = first.startswith("%%") and first[2:].split(" ")[0] not in PYTHON_CELL_MAGICS
    out = []
    for line in lines:
        body = line.rstrip("\r\n")
        ending = line[len(body):]
        if body.strip() and (whole_cell or _MAGIC_LINE.match(body)):
            indent = len(body) - len(body.lstrip(" \t"))
            if whole_cell:
                indent = 0
            out.append(body[:indent] + "0" + " " * (len(body) - indent - 1) + ending)
        else:
            out.append(line)
    return "".join(out)


def _layout(cells: Sequence[Cell]) -> _Layout:
    pieces: List[str] = []
    starts: List[int] = []
    first_lines: List[int] = []
    offset, line = 0, 1
    for cell in cells:
        masked = mask_magics(cell.source)
        if masked and not masked.endswith(("\n", "\r")):
            masked += "\n"
        starts.append(offset)
        first_lines.append(line)
        pieces.append(masked)
        offset += len(masked)
        line += len(masked.splitlines())
    return _Layout(tuple(cells), tuple(starts), tuple(first_lines), "".join(pieces))


def _cell_finding(finding: Finding, layout: _Layout) -> Finding:
    """A finding of the virtual module, moved to its cell: `cell`, lines inside the cell."""
    number = layout.cell_at_line(finding.start.line)
    shift = layout.first_lines[number] - 1

    def move(position: Position) -> Position:
        return Position(position.line - shift, position.column)

    fix = finding.fix
    if fix is not None:
        fix = replace(fix, edits=tuple(
            replace(edit, start_pos=move(edit.start_pos), end_pos=move(edit.end_pos))
            for edit in fix.edits))
    used_at = tuple(line - layout.first_lines[layout.cell_at_line(line)] + 1
                    for line in finding.used_at)
    return replace(finding, start=move(finding.start), end=move(finding.end), fix=fix,
                   cell=layout.cells[number].index, used_at=used_at)


def _labeller(layout: _Layout) -> Callable[[int], str]:
    def label(line: int) -> str:
        number = layout.cell_at_line(line)
        return f"cell {layout.cells[number].index} line {line - layout.first_lines[number] + 1}"
    return label


# -- scanning and fixing ------------------------------------------------------------------------

CheckSource = Callable[..., List[Finding]]


def check_cells(cells: Sequence[Cell], check_source: CheckSource, ctx: object,
                path: str) -> Tuple[List[Finding], _Layout]:
    """Findings of the notebook's code (virtual-module positions) and the layout to map them."""
    layout = _layout(cells)
    findings = check_source(layout.text, ctx, path, line_label=_labeller(layout))
    return findings, layout


def _apply_round(layout: _Layout, fixes: Sequence[Fix]) -> Tuple[Dict[int, str], int]:
    """New source per changed cell (by position in layout) after this round's fixes."""
    edits_by_cell: Dict[int, List[Edit]] = {}
    applied = 0
    for fix in select(fixes):
        placed = []
        for edit in fix.edits:
            number = layout.cell_at_offset(edit.start)
            start = edit.start - layout.starts[number]
            end = edit.end - layout.starts[number]
            if end > len(layout.cells[number].source):
                break  # touches the newline added after a cell: not a cell edit
            placed.append((number, replace(edit, start=start, end=end)))
        else:
            for number, edit in placed:
                edits_by_cell.setdefault(number, []).append(edit)
            applied += 1
    sources: Dict[int, str] = {}
    for number, edits in edits_by_cell.items():
        source = layout.cells[number].source
        pieces, cursor = [], 0
        for edit in sorted(edits, key=lambda e: (e.start, e.end)):
            pieces.append(source[cursor:edit.start])
            pieces.append(edit.content)
            cursor = edit.end
        pieces.append(source[cursor:])
        sources[number] = "".join(pieces)
    return sources, applied


def fix_cells(cells: Sequence[Cell], check_source: CheckSource, ctx: object, path: str,
              unsafe: bool) -> Tuple[List[Cell], List[Finding], _Layout, int]:
    """Apply allowed fixes round by round; every round's module must parse and compile."""
    current = list(cells)
    findings, layout = check_cells(current, check_source, ctx, path)
    total = 0
    for _ in range(MAX_FIX_ROUNDS):
        fixes = applicable(findings, unsafe)
        if not fixes:
            break
        sources, applied = _apply_round(layout, fixes)
        if not sources:
            break
        candidate = [replace(cell, source=sources.get(number, cell.source))
                     for number, cell in enumerate(current)]
        try:
            new_findings, new_layout = check_cells(candidate, check_source, ctx, path)
            compile(new_layout.text, path, "exec", dont_inherit=True)
        except (SyntaxError, ValueError):
            break
        current, findings, layout = candidate, new_findings, new_layout
        total += applied
    return current, findings, layout, total


def splice(text: str, original: Sequence[Cell], fixed: Sequence[Cell]) -> str:
    """The notebook text with only the changed cells' `source` values rewritten."""
    out = text
    for old, new in sorted(zip(original, fixed), key=lambda pair: -pair[0].value_start):
        if old.source == new.source:
            continue
        literal = _source_json(text[old.value_start:old.value_end], old, new.source)
        out = out[:old.value_start] + literal + out[old.value_end:]
    return out


def _source_json(original: str, cell: Cell, source: str) -> str:
    """JSON for a cell's new source in the style of the original value."""
    ascii_only = _escapes_non_ascii(original)
    if not cell.as_list:
        return json.dumps(source, ensure_ascii=ascii_only)
    spans = list(_items(original, 0))
    literals = [original[start:end] for start, end in spans]
    old_lines = [json.loads(literal) for literal in literals]
    new_lines = source.splitlines(keepends=True)
    matcher = difflib.SequenceMatcher(a=old_lines, b=new_lines, autojunk=False)
    out: List[str] = []
    for tag, a0, a1, b0, b1 in matcher.get_opcodes():
        if tag == "equal":
            out.extend(literals[a0:a1])
        else:
            out.extend(json.dumps(line, ensure_ascii=ascii_only) for line in new_lines[b0:b1])
    if not spans:
        return json.dumps(new_lines, ensure_ascii=ascii_only)
    opening = original[1:spans[0][0]]
    closing = original[spans[-1][1]:-1]
    between = original[spans[0][1]:spans[1][0]] if len(spans) > 1 else "," + opening
    return "[" + opening + between.join(out) + closing + "]"


def _escapes_non_ascii(literal: str) -> bool:
    """Whether the original writes non-ASCII text as \\u escapes (json's default) or raw."""
    if any(ord(char) > 127 for char in literal):
        return False
    return bool(re.search(r"\\u(?!00[0-7])[0-9a-fA-F]{4}", literal))


def _add_suppressions(result: FileResult, text: str, cells: Sequence[Cell],
                      check_source: CheckSource, ctx: object, path: str) -> FileResult:
    """`scan --add-noqa` on a notebook: the comments are placed on the virtual module, where the
    suppressions are read, and spliced into their cells."""
    from gptmigrate.noqa import as_fixes, suppression_edits

    findings, layout = check_cells(cells, check_source, ctx, path)
    edits, unplaced = suppression_edits(layout.text, findings)
    sources, applied = _apply_round(layout, as_fixes(edits))
    fixed = [replace(cell, source=sources.get(number, cell.source))
             for number, cell in enumerate(cells)]
    result.findings = tuple(_cell_finding(f, layout) for f in unplaced)
    result.fixed = splice(text, cells, fixed)
    result.fixes_applied = applied
    return result


def process_notebook(path: str, data: bytes, ctx: object, mode: str, unsafe: bool,
                     check_source: CheckSource, max_code_size: Optional[int] = None) -> FileResult:
    """Scan one notebook, or with mode "diff" compute its fixed JSON text, or with mode "noqa"
    the text with suppression comments (the engine writes it, with the same guards as a .py
    file); failures become errors in the result.

    The size limit applies to the code cells, the part that is parsed: outputs such as images
    make ordinary notebooks large without costing any parse time.
    """
    result = FileResult(path=path)
    try:
        decoded = decode(data)
        cells = read_cells(decoded.text)
    except SourceError as exc:
        result.errors = (FileError(path, str(exc)),)
        return result
    except NotebookError as exc:
        result.errors = (FileError(path, f"not scanned: {exc}"),)
        return result
    result.original = decoded.text
    if not cells:
        return result
    code_size = sum(len(cell.source) for cell in cells)
    if max_code_size and code_size > max_code_size:
        result.errors = (FileError(path, f"skipped: its code cells hold {code_size} characters, "
                                         f"over the size limit of {max_code_size} (raise it with "
                                         f"--max-file-size or exclude the file)"),)
        return result
    try:
        if mode == "check":
            findings, layout = check_cells(cells, check_source, ctx, path)
            result.findings = tuple(_cell_finding(f, layout) for f in findings)
            return result
        if mode == "noqa":
            return _add_suppressions(result, decoded.text, cells, check_source, ctx, path)
        fixed_cells, findings, layout, applied = fix_cells(cells, check_source, ctx, path,
                                                           unsafe)
    except SyntaxError as exc:
        layout = _layout(cells)
        line = exc.lineno or 0
        where = _labeller(layout)(line) if line >= 1 else "the notebook"
        result.errors = (FileError(path, f"syntax error in {where}, column "
                                         f"{exc.offset or 1}: {exc.msg}"),)
        return result
    except RecursionError:
        result.errors = (FileError(path, "too deeply nested to parse"),)
        return result
    result.findings = tuple(_cell_finding(f, layout) for f in findings)
    result.fixed = splice(decoded.text, cells, fixed_cells)
    result.fixes_applied = applied
    return result


__all__ = ["Cell", "NotebookError", "check_cells", "fix_cells", "mask_magics",
           "process_notebook", "read_cells", "splice"]
