"""`from openai.openai_object import OpenAIObject` (GM204) used only in type annotations.

openai>=1 has no `openai.openai_object`, so the import fails before anything runs. 0.x's
OpenAIObject was the type of every response; the rewritten calls hand out v1 objects or, where
a response leaves what the fix can follow, dicts (`_openai_object`). Where the name only
annotates (parameters, returns, annotated assignments), the import becomes `from typing import
Any as OpenAIObject`: the annotations keep their spelling and say nothing false; spelled out
in an annotation (`-> openai.openai_object.OpenAIObject`), it becomes `Any`. Any other use
(`isinstance(x, OpenAIObject)`, `OpenAIObject.construct_from(...)`) stays manual.
Fixtures: tests/fixtures/GM204-removed-sdk-helper/openai_object_*.py.
"""

from __future__ import annotations

import ast
from dataclasses import replace
from typing import TYPE_CHECKING, Optional

from gptmigrate.types import Finding, Fix, FixSafety

if TYPE_CHECKING:
    from gptmigrate.semantic import Semantics

CODE = "GM204"
FIXTURES = ("GM204-removed-sdk-helper",)
MODULE = "openai.openai_object"
NAMES = frozenset({"OpenAIObject"})


def import_fix(sem: "Semantics", finding: Finding) -> Optional[Finding]:
    """The fix of a GM204 finding on `from openai.openai_object import OpenAIObject`; None
    when the finding is about another import."""
    start = sem.index.offset(finding.start.line, finding.start.column - 1)
    statement = next((node for node in sem.tree.body if isinstance(node, ast.ImportFrom)
                      and sem.span(node)[0] <= start < sem.span(node)[1]), None)
    if statement is None or statement.module != MODULE or statement.level:
        return None
    unknown = [alias.name for alias in statement.names if alias.name not in NAMES]
    if unknown:
        return replace(finding, message=f"{finding.message}. Not rewritten: openai>=1 has no "
                                        f"{', '.join(unknown)}; rewrite its uses by hand")
    for alias in statement.names:
        name = alias.asname or alias.name
        key = (sem.names.module, name)
        if len(sem.sites(key)) != 1:
            return replace(finding, message=f"{finding.message}. Not rewritten: {name} is "
                                            f"also bound elsewhere in the module")
        for read in sem.reads(key):
            if not _annotates(sem, read):
                return replace(finding, message=f"{finding.message}. Not rewritten: {name} is "
                                                f"used on line {read.lineno} beyond type "
                                                f"annotations; v1's responses are pydantic "
                                                f"models (openai.BaseModel): rewrite that use "
                                                f"by hand")
    aliases = ", ".join(f"Any as {alias.asname or alias.name}" for alias in statement.names)
    begin, end = sem.span(statement)
    fix = Fix(FixSafety.UNSAFE, (sem.edit(begin, end, f"from typing import {aliases}"),),
              "Import typing.Any under the name (openai>=1 has no openai.openai_object): the "
              "name only annotates, and responses are now v1 objects or, where handed out "
              "whole, dicts")
    return replace(finding, fix_safety=FixSafety.UNSAFE, fix=fix)


def annotation_fix(sem: "Semantics", finding: Finding,
                   imports_end: Optional[int]) -> Optional[Finding]:
    """The fix of a GM204 finding on `openai.openai_object.OpenAIObject` spelled out in an
    annotation: `Any`, imported from typing after the module's imports (`imports_end`) unless
    the module already binds it there. None when the finding is about something else."""
    start = sem.index.offset(finding.start.line, finding.start.column - 1)
    end = sem.index.offset(finding.end.line, finding.end.column - 1)
    node = next((node for node in ast.walk(sem.tree) if isinstance(node, ast.Attribute)
                 and node.attr in NAMES and sem.span(node) == (start, end)), None)
    if node is None or not _annotates(sem, node):
        return None
    bound = sem.names.module.bindings.get("Any")
    edits = [sem.edit(start, end, "Any")]
    if bound is None:
        if imports_end is None:
            return None
        newline = "\r\n" if "\r\n" in sem.text else "\n"
        edits.append(sem.edit(imports_end, imports_end, f"from typing import Any{newline}"))
    elif bound != {"typing.Any"}:
        return replace(finding, message=f"{finding.message}. Not rewritten: the module binds "
                                        f"Any to something else; annotate with typing.Any")
    fix = Fix(FixSafety.UNSAFE, tuple(edits),
              "Annotate with typing.Any (openai>=1 has no openai.openai_object): responses "
              "are now v1 objects or, where handed out whole, dicts")
    return replace(finding, fix_safety=FixSafety.UNSAFE, fix=fix)


def _annotates(sem: "Semantics", read: ast.AST) -> bool:
    """Whether `read` sits in a parameter's or a return's annotation, or an annotated
    assignment's."""
    child, parent = read, sem.parent(read)
    while parent is not None and not isinstance(parent, ast.stmt):
        if isinstance(parent, ast.arg):
            return child is parent.annotation
        child, parent = parent, sem.parent(parent)
    if isinstance(parent, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return child is parent.returns
    return isinstance(parent, ast.AnnAssign) and child is parent.annotation
