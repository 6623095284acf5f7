"""Jupyter notebooks: code cells scanned as one module, fixes spliced back into the JSON text.

The code cells are joined into one virtual module (so a model constant in cell 1 used in cell 4
is followed), with what IPython runs that is not Python (magics, shell and help lines, other
kernels' cells: `magics.mask_cell`) masked by a placeholder of the same length: every
position in the module is the same position in its cell. A cell that does not parse is masked
whole and reported on its own line; the others are scanned and fixed without it. A
`%%writefile app.py` or `%%python` cell is a program of its own, scanned as its own module.
Findings carry `cell` (the 1-based index among ALL cells, as Jupyter numbers them) and the
line inside the cell.

A fix rewrites only the `source` value of the changed cells inside the original JSON text:
indentation, key order, outputs, escaping of untouched lines and the trailing newline stay
byte for byte. The notebook is never re-dumped. An edit that would touch masked text (its new
code would be written from the placeholder) is never applied.
"""

from __future__ import annotations

import ast
import difflib
import json
import re
from dataclasses import dataclass, replace
from json.decoder import scanstring  # type: ignore[attr-defined]
from typing import Callable, Dict, Iterator, List, Optional, Sequence, Tuple


from gptmigrate.files import SourceError, decode
from gptmigrate.fix import applicable, select
from gptmigrate.magics import Masked, mask_cell
from gptmigrate.types import Edit, FileError, FileResult, Finding, Fix, Position

MAX_FIX_ROUNDS = 10
_WS = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()
_BREAK = re.compile(r"\r\n|\r|\n")
_ON_LINE = re.compile(r"\bon line (\d+)\b")


class NotebookError(ValueError):
    """The file is not a notebook this tool can read (bad JSON, not nbformat 4)."""


class OtherLanguage(NotebookError):
    """A notebook whose kernel runs another language (R, Julia): nothing for this tool."""


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
    """Where each cell's text sits in the virtual module, and what of it is masked."""

    cells: Tuple[Cell, ...]
    masks: Tuple[Masked, ...]
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
    if language is not None and not language.lower().startswith(("python", "ipython")):
        raise OtherLanguage(f"a notebook in {language} (its kernel's language), not Python; "
                            f"skipped")
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
            return section[field]
    return None


# -- the virtual module -------------------------------------------------------------------------

def _line_count(text: str) -> int:
    """Lines of `text` as Python counts them (a form feed is no line break)."""
    breaks = len(_BREAK.findall(text))
    return breaks + (1 if text and not text.endswith(("\n", "\r")) else 0)


class _Masks:
    """`mask_cell` per source text, remembered across fix rounds (most cells do not change)."""

    def __init__(self) -> None:
        self.known: Dict[str, Masked] = {}

    def __call__(self, source: str) -> Masked:
        masked = self.known.get(source)
        if masked is None:
            masked = self.known[source] = mask_cell(source)
        return masked


def _layout(cells: Sequence[Cell], masks: Callable[[str], Masked]) -> _Layout:
    pieces: List[str] = []
    starts: List[int] = []
    first_lines: List[int] = []
    offset, line = 0, 1
    masked_cells = tuple(masks(cell.source) for cell in cells)
    for masked in masked_cells:
        text = masked.text
        if text and not text.endswith(("\n", "\r")):
            text += "\n"
        starts.append(offset)
        first_lines.append(line)
        pieces.append(text)
        offset += len(text)
        line += _line_count(text)
    return _Layout(tuple(cells), masked_cells, tuple(starts), tuple(first_lines),
                   "".join(pieces))


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
    # The rewriter's instructions name lines of the virtual module ("used whole on line 12").
    message = _ON_LINE.sub(lambda hit: "on " + _labeller(layout)(int(hit.group(1))),
                           finding.message)
    return replace(finding, start=move(finding.start), end=move(finding.end), fix=fix,
                   cell=layout.cells[number].index, used_at=used_at, message=message)


def _labeller(layout: _Layout) -> Callable[[int], str]:
    def label(line: int) -> str:
        number = layout.cell_at_line(line)
        return f"cell {layout.cells[number].index} line {line - layout.first_lines[number] + 1}"
    return label


# -- scanning and fixing ------------------------------------------------------------------------

CheckSource = Callable[..., List[Finding]]


def check_cells(cells: Sequence[Cell], check_source: CheckSource, ctx: object, path: str,
                masks: Callable[[str], Masked] = mask_cell) -> Tuple[List[Finding], _Layout]:
    """Findings of the cells' code (virtual-module positions) and the layout to map them."""
    layout = _layout(cells, masks)
    findings = check_source(layout.text, ctx, path, line_label=_labeller(layout))
    return findings, layout


def _place(layout: _Layout, edit: Edit) -> Optional[Tuple[int, Edit]]:
    """The edit inside its cell, or None when it may not be applied.

    New lines inserted where one cell ends and the next begins (a client after the cell
    that configures openai) go at the end of the earlier cell: the next one may be a cell
    magic, another kernel's cell or a one-line automagic that must stay what it is.
    """
    number = layout.cell_at_offset(edit.start)
    start = edit.start - layout.starts[number]
    if edit.start == edit.end and start == 0 and number > 0:
        previous = layout.cells[number - 1].source
        ending = _BREAK.search(edit.content[-2:])
        if previous.endswith(("\n", "\r")):
            moved: Optional[Edit] = replace(edit, start=len(previous), end=len(previous))
        elif ending is not None and edit.content.endswith(ending.group()):
            content = ending.group() + edit.content[:-len(ending.group())]
            moved = replace(edit, start=len(previous), end=len(previous), content=content)
        else:
            moved = None
        if moved is not None and _allowed(layout, number - 1, moved):
            return number - 1, moved
    placed = replace(edit, start=start, end=edit.end - layout.starts[number])
    return (number, placed) if _allowed(layout, number, placed) else None


def _allowed(layout: _Layout, number: int, edit: Edit) -> bool:
    """Whether an edit (cell offsets) may change the cell: not when it reaches past the cell,
    touches masked text (its new code would hold the placeholder), lands in a cell masked
    whole or one-line automagic, or goes before a cell magic (`%%time` must stay first)."""
    cell, masked = layout.cells[number], layout.masks[number]
    start, end = edit.start, edit.end
    if end > len(cell.source) or masked.whole or masked.automagic:
        return False
    if any(start < span_end and span_start < end or span_start < start < span_end
           for span_start, span_end in masked.spans):
        return False
    head = cell.source.lstrip()
    return not (start <= len(cell.source) - len(head) and head.startswith("%%"))


def _apply_round(layout: _Layout, fixes: Sequence[Fix]) -> Tuple[Dict[int, str], int]:
    """New source per changed cell (by position in layout) after this round's fixes."""
    edits_by_cell: Dict[int, List[Edit]] = {}
    applied = 0
    for fix in select(fixes):
        placed = [_place(layout, edit) for edit in fix.edits]
        if any(place is None for place in placed):
            continue
        for number, edit in placed:  # type: ignore[misc]
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


def _same_shape(before: Masked, after: Masked) -> bool:
    """A fix must not turn a cell that parses into one that does not, nor change its kind."""
    return after.broken is None and after.own_module == before.own_module


def fix_cells(cells: Sequence[Cell], check_source: CheckSource, ctx: object, path: str,
              unsafe: bool, masks: Callable[[str], Masked] = mask_cell
              ) -> Tuple[List[Cell], List[Finding], _Layout, int]:
    """Apply allowed fixes round by round; every round's module must parse and compile, and
    every changed cell must still parse on its own."""
    current = list(cells)
    findings, layout = check_cells(current, check_source, ctx, path, masks)
    total = 0
    for _ in range(MAX_FIX_ROUNDS):
        fixes = applicable(findings, unsafe)
        if not fixes:
            break
        sources, applied = _apply_round(layout, fixes)
        if not sources:
            break
        if not all(_same_shape(layout.masks[number], masks(source))
                   for number, source in sources.items()):
            break
        candidate = [replace(cell, source=sources.get(number, cell.source))
                     for number, cell in enumerate(current)]
        try:
            new_findings, new_layout = check_cells(candidate, check_source, ctx, path, masks)
            compile(new_layout.text, path, "exec", ast.PyCF_ALLOW_TOP_LEVEL_AWAIT,
                    dont_inherit=True)
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


def _modules(cells: Sequence[Cell], masks: Callable[[str], Masked]) -> List[List[Cell]]:
    """The cells joined as the notebook's module, then each program of its own alone."""
    joined = [cell for cell in cells if not masks(cell.source).own_module]
    return [joined] + [[cell] for cell in cells if masks(cell.source).own_module]


def _broken_cells(path: str, cells: Sequence[Cell], masks: Callable[[str], Masked],
                  ctx: object) -> Tuple[List[FileError], List[Finding]]:
    """One error per cell that does not parse, and its model literals found by tokens."""
    from gptmigrate.fallback import findings_from_tokens

    errors: List[FileError] = []
    findings: List[Finding] = []
    for cell in cells:
        masked = masks(cell.source)
        if masked.broken is None:
            continue
        errors.append(FileError(path, f"cell {cell.index}: {masked.broken}; this cell is not "
                                      f"fixed (the other cells are scanned)", cell=cell.index))
        tokens = findings_from_tokens(masked.tokens or cell.source, ctx.options,  # type: ignore[attr-defined]
                                      unit="cell")
        findings.extend(replace(f, cell=cell.index) for f in tokens
                        if ctx.settings.rule_enabled(f.code, path))  # type: ignore[attr-defined]
    return errors, findings


def _add_suppressions(module: Sequence[Cell], check_source: CheckSource, ctx: object,
                      path: str, masks: Callable[[str], Masked]
                      ) -> Tuple[List[Cell], List[Finding], _Layout, int]:
    """`scan --add-noqa` on a module of cells: the comments are placed on the virtual module,
    where the suppressions are read, and spliced into their cells; returns the new cells, the
    findings no comment could silence, and how many comments were added."""
    from gptmigrate.noqa import as_fixes, suppression_edits

    findings, layout = check_cells(module, check_source, ctx, path, masks)
    edits, unplaced = suppression_edits(layout.text, findings)
    sources, applied = _apply_round(layout, as_fixes(edits))
    fixed = [replace(cell, source=sources.get(number, cell.source))
             for number, cell in enumerate(module)]
    return fixed, list(unplaced), layout, applied


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
    except OtherLanguage as exc:
        result.original = decoded.text
        result.errors = (FileError(path, str(exc), kind="note"),)
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
    masks = _Masks()
    errors, findings = _broken_cells(path, cells, masks, ctx)
    fixed_cells = {id(cell): cell for cell in cells}
    applied = 0
    try:
        for module in _modules(cells, masks):
            if not module:
                continue
            if mode == "check":
                found, layout = check_cells(module, check_source, ctx, path, masks)
            else:
                new_cells, found, layout, count = (
                    _add_suppressions(module, check_source, ctx, path, masks) if mode == "noqa"
                    else fix_cells(module, check_source, ctx, path, unsafe, masks))
                applied += count
                fixed_cells.update((id(old), new) for old, new in zip(module, new_cells))
            findings.extend(_cell_finding(f, layout) for f in found)
    except SyntaxError as exc:
        # Every cell parses on its own, yet their module does not (a `from __future__` import
        # after other code): the notebook as a whole is reported, as a .py file would be.
        result.errors = (FileError(path, f"its cells do not parse as one module: {exc.msg}"),)
        return result
    except RecursionError:
        result.errors = (FileError(path, "too deeply nested to parse"),)
        return result
    result.errors = tuple(errors)
    result.findings = tuple(sorted(findings, key=lambda f: (f.cell or 0, f.start.line,
                                                            f.start.column)))
    if mode != "check":
        result.fixed = splice(decoded.text, cells, [fixed_cells[id(cell)] for cell in cells])
        result.fixes_applied = applied
    return result


__all__ = ["Cell", "NotebookError", "OtherLanguage", "check_cells", "fix_cells",
           "process_notebook", "read_cells", "splice"]
