"""Applying fixes: the reported edits, spliced into the text, every other character kept.

A fix is only ever what was reported (Fixit's model): the detector attaches edits to findings,
and this module applies the ones the chosen tier allows. Overlapping fixes are deferred to the
next round, as ruff does, and the loop stops when nothing more applies.
"""

from __future__ import annotations

import __future__
import ast
from typing import Iterable, List, Sequence, Tuple

from gptmigrate.types import Edit, Finding, Fix, FixSafety


def allowed(safety: FixSafety, unsafe: bool) -> bool:
    """Whether a fix of this tier runs: safe with --fix, unsafe only with --unsafe-fixes too."""
    return safety == FixSafety.SAFE or (unsafe and safety == FixSafety.UNSAFE)


def applicable(findings: Iterable[Finding], unsafe: bool) -> List[Fix]:
    """The fixes of these findings that the tier allows, in source order."""
    fixes = [f.fix for f in findings if f.fix is not None and allowed(f.fix.safety, unsafe)]
    return sorted(fixes, key=lambda fix: min(edit.start for edit in fix.edits))


def select(fixes: Sequence[Fix]) -> List[Fix]:
    """The fixes of this round: each one whose edits overlap no earlier chosen fix's edits. An
    edit that makes the same change as a chosen one (two calls that change the model constant
    they share, or add the same helper function or import at one point) is not a conflict;
    different insertions at one point are."""
    chosen: List[Fix] = []
    taken: List[Tuple[int, int, str]] = []
    for fix in fixes:
        spans = [(edit.start, edit.end, edit.content) for edit in fix.edits]
        # an edit a chosen fix already makes is no change of this one's: only its others count
        if any(span not in taken and span != other and _overlaps(span[:2], other[:2])
               for span in spans for other in taken):
            continue
        taken.extend(spans)
        chosen.append(fix)
    return chosen


def apply_fixes(text: str, fixes: Sequence[Fix]) -> Tuple[str, int]:
    """Splice the non-overlapping fixes into `text`; returns the new text and how many applied."""
    selected = select(fixes)
    chosen: List[Edit] = list({(edit.start, edit.end, edit.content): edit
                               for fix in selected for edit in fix.edits}.values())
    applied = len(selected)
    pieces: List[str] = []
    cursor = 0
    for edit in sorted(chosen, key=lambda e: (e.start, e.end)):
        pieces.append(text[cursor:edit.start])
        pieces.append(edit.content)
        cursor = edit.end
    pieces.append(text[cursor:])
    return "".join(pieces), applied


# From this many top-level statements on, a module is compiled statement by statement.
PIECEWISE_STATEMENTS = 200


def compiles(text: str, path: str, flags: int = 0) -> bool:
    """Whether `text` compiles (a fixed file must, if the original did).

    CPython's compiler is superlinear in the size of one code object: 2 MB of generated classes
    take ~7 s as one module and ~1 s statement by statement, with the same verdict. So a long
    module is compiled in pieces: the statements up to its last `from __future__` import
    together (their placement is the one rule between statements), then each statement alone
    under the future flags it declared.
    """
    try:
        tree = compile(text, path, "exec", ast.PyCF_ONLY_AST | flags, dont_inherit=True)
        if len(tree.body) < PIECEWISE_STATEMENTS:
            compile(tree, path, "exec", flags, dont_inherit=True)
            return True
        futures = [i for i, statement in enumerate(tree.body)
                   if isinstance(statement, ast.ImportFrom) and statement.module == "__future__"]
        head = futures[-1] + 1 if futures else 0
        for index in futures:
            for alias in tree.body[index].names:  # type: ignore[attr-defined]
                feature = getattr(__future__, alias.name, None)
                flags |= getattr(feature, "compiler_flag", 0)
        pieces = [tree.body[:head]] + [[statement] for statement in tree.body[head:]]
        for piece in pieces:
            if piece:
                compile(ast.Module(body=piece, type_ignores=[]), path, "exec", flags,
                        dont_inherit=True)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    return True


def _overlaps(a: Tuple[int, int], b: Tuple[int, int]) -> bool:
    # Two insertions at the same point also conflict: their order would be a guess.
    return a[0] < b[1] and b[0] < a[1] or a == b
