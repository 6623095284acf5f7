"""openai.error (GM202) -> the exceptions on the openai module, with 1.0's names.

`openai.error.X` becomes `openai.Y`; `from openai.error import X` becomes
`from openai import Y as X`, so the code that catches it does not change; `import openai.error`
becomes `import openai`. Only catching carries over: 1.0's exceptions are built from the HTTP
exchange (`RateLimitError(message, response=..., body=...)`), so code that raises or subclasses
one, or reads an attribute only 0.x's had (`e.http_status`), is left manual with the 1.0
spelling. Fixtures: tests/fixtures/GM202-v0-error-class.
"""

from __future__ import annotations

import ast
import re
from dataclasses import replace
from typing import Dict, List, Optional

from gptmigrate.sdk import SdkChoice
from gptmigrate.semantic import Semantics
from gptmigrate.types import Edit, Finding, Fix, FixSafety

CODE = "GM202"
FIXTURES = ("GM202-v0-error-class",)
# openai.error.X (v0) -> openai.Y (v1); None: 1.0 has no such exception.
V1_EXCEPTIONS: Dict[str, Optional[str]] = {
    "OpenAIError": "OpenAIError", "APIError": "InternalServerError",
    "APIConnectionError": "APIConnectionError", "AuthenticationError": "AuthenticationError",
    "RateLimitError": "RateLimitError", "Timeout": "APITimeoutError",
    "InvalidRequestError": "BadRequestError", "PermissionError": "PermissionDeniedError",
    "ServiceUnavailableError": "InternalServerError",
    "TryAgain": None, "InvalidAPIType": None, "SignatureVerificationError": None,
}
EXCEPTION_NOTES = {
    "InvalidRequestError": "v1 raises NotFoundError, not BadRequestError, for an unknown model",
    "ServiceUnavailableError": "v1 raises InternalServerError for every 5xx status",
    "APIError": "0.x's APIError was the server's errors (5xx) and odd replies, no parent of "
                "the others; v1's openai.APIError is the parent of every API error, so "
                "catching it would also catch 400s, 401s and 429s",
}
NEVER_RAISED = ("openai 0.28 never raised TryAgain (Completion, ChatCompletion, Edit and "
                "Embedding.create() caught it and retried), and openai>=1 has no such class: "
                "remove this except clause")
# What else a v0 exception stood for, caught in an except clause.
ALSO_CAUGHT = {"InvalidRequestError": ("NotFoundError",)}
# Attributes of 0.x's exceptions that 1.0's lack, with what 1.0 reads instead.
V0_ONLY_ATTRIBUTES = {
    "http_status": "e.status_code", "http_body": "e.response.text",
    "user_message": "e.body[\"message\"] (e.body is the API's error object; e.message "
                    "starts with \"Error code: N - \")",
    "json_body": "e.body (the error object itself, not {'error': ...})",
    "error": "e.body", "headers": "e.response.headers",
    "organization": "e.response.headers.get('openai-organization')",
}


def error_fix(sem: Semantics, finding: Finding, sdk: SdkChoice) -> Finding:
    """The fix of one GM202 finding, or the finding with what to do by hand."""
    if sdk.v0:
        return _manual(finding, f"the project pins {sdk.label} ({sdk.reason}); upgrade openai "
                                f"first")
    start = sem.index.offset(finding.start.line, finding.start.column - 1)
    end = sem.index.offset(finding.end.line, finding.end.column - 1)
    spelled = re.sub(r"\s|\\", "", sem.text[start:end])
    statement = _statement_at(sem, finding.start.line, start)
    notes: List[str] = []
    edits: List[Edit] = []
    if isinstance(statement, ast.ImportFrom) and spelled == "openai.error":
        if any(alias.name == "*" for alias in statement.names):
            return _manual(finding, "import the exceptions by name from openai")
        edits.append(sem.edit(start, end, "openai"))
        for alias in statement.names:
            new = V1_EXCEPTIONS.get(alias.name)
            if new is None:
                return _manual(finding, f"openai 1.0 has no {alias.name}; remove it by hand")
            reads = _reads_of_import(sem, statement, alias.asname or alias.name)
            problem = _used_beyond_catching(sem, reads, new)
            if problem:
                return _manual(finding, problem)
            if alias.name in EXCEPTION_NOTES:
                notes.append(EXCEPTION_NOTES[alias.name])
            if alias.name in ALSO_CAUGHT:
                split = _split_import(sem, statement, alias, reads, new)
                if isinstance(split, str):
                    return _manual(finding, split)
                edits.extend(split)
                notes.append(f"{alias.name} becomes ({new}, {', '.join(ALSO_CAUGHT[alias.name])}) "
                             f"where it is caught or tested (openai>=1 raises NotFoundError "
                             f"for a 404)")
                continue
            if new != alias.name:
                name_start = _name_offset(sem, alias, statement)
                if name_start is None:
                    return _manual(finding, "import the exceptions from openai by hand")
                edits.append(sem.edit(name_start, name_start + len(alias.name),
                                      new if alias.asname else f"{new} as {alias.name}"))
        description = "Import the exceptions from openai (openai>=1)"
    elif (spelled.startswith("openai.error.") and spelled.count(".") == 2) \
            or spelled == "openai.InvalidRequestError":
        old = spelled.rsplit(".", 1)[1]
        new = V1_EXCEPTIONS.get(old)
        if old == "TryAgain":
            removal = _tuple_member_removal(sem, _expression_at(sem, start, end))
            if removal is None:
                return _manual(finding, NEVER_RAISED)
            return replace(finding, fix_safety=FixSafety.UNSAFE, fix=Fix(
                FixSafety.UNSAFE, (removal,),
                f"Remove {spelled} from the tuple: openai 0.28 never raised it (its create() "
                f"caught it itself), and openai>=1 has no such class: {sdk.reason}"))
        if new is None:
            return _manual(finding, f"openai 1.0 has no {old}; catch openai.APIError instead")
        reference = _expression_at(sem, start, end)
        problem = _used_beyond_catching(sem, [reference] if reference is not None else [], new)
        if problem:
            return _manual(finding, problem)
        caught = _caught_where(sem, start, end)
        if old in ALSO_CAUGHT and caught is None:
            if reference is not None and isinstance(sem.parent(reference), ast.Tuple):
                caught = "tuple"  # a tuple of errors kept for an except clause or a test
            else:
                return _manual(finding, f"openai>=1 raises NotFoundError for a 404 where 0.x "
                                        f"raised {old}: where this value is caught or tested, "
                                        f"use (openai.{new}, openai."
                                        f"{', openai.'.join(ALSO_CAUGHT[old])}) by hand")
        if old in ALSO_CAUGHT and caught is not None:
            # v0 raised InvalidRequestError for 400 and 404 alike; v1 splits them.
            extra = ", ".join(f"openai.{name}" for name in ALSO_CAUGHT[old])
            new_text = f"openai.{new}, {extra}" if caught == "tuple" else \
                f"(openai.{new}, {extra})"
            edits.append(sem.edit(start, end, new_text))
            description = (f"Replace {spelled} with {new_text.strip('()')} where it is "
                           f"caught or tested (openai>=1 raises NotFoundError for a 404)")
        else:
            if old in EXCEPTION_NOTES:
                notes.append(EXCEPTION_NOTES[old])
            edits.append(sem.edit(start, end, f"openai.{new}"))
            description = f"Replace {spelled} with openai.{new} (openai>=1)"
    elif isinstance(statement, ast.Import) and spelled == "openai.error" and any(
            alias.name == "openai.error" and alias.asname is None for alias in statement.names):
        edits.append(sem.edit(start, end, "openai"))
        description = "Import openai instead of openai.error (openai>=1)"
    else:
        return finding
    if notes:
        description += "; " + "; ".join(notes)
    description += f": {sdk.reason}"
    return replace(finding, fix_safety=FixSafety.UNSAFE,
                   fix=Fix(FixSafety.UNSAFE, tuple(edits), description))


def _used_beyond_catching(sem: Semantics, references: List[ast.expr], new: str) -> Optional[str]:
    """Why a rename of these references to 1.0's `new` would not run the same: a 1.0
    exception built by the code (it takes the HTTP exchange), a subclass of one (built
    somewhere too), or a caught one read through an attribute only 0.x's exceptions had."""
    for reference in references:
        parent = sem.parent(reference)
        built = (isinstance(parent, ast.Call) and parent.func is reference) or (
            isinstance(parent, ast.Raise) and parent.exc is reference)  # `raise X` builds X()
        if new != "OpenAIError" and built:
            return (f"line {reference.lineno} builds the exception, and openai>=1's {new} "
                    f"takes the HTTP exchange (message, response=httpx.Response(...), "
                    f"body=...): raise an exception of your own there (or openai.OpenAIError"
                    f"(message)), then rename the rest")
        if new != "OpenAIError" and isinstance(parent, ast.ClassDef) \
                and reference in parent.bases:
            return (f"line {reference.lineno} subclasses it, and openai>=1's {new} takes the "
                    f"HTTP exchange (message, response=..., body=...) when built: derive from "
                    f"openai.OpenAIError instead, or build it with those arguments")
        handler = _handler_of(sem, reference)
        if handler is None or handler.name is None:
            continue
        for node in (n for statement in handler.body for n in ast.walk(statement)):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                    and node.value.id == handler.name and node.attr in V0_ONLY_ATTRIBUTES:
                instead = V0_ONLY_ATTRIBUTES[node.attr].replace("e.", f"{handler.name}.", 1)
                return (f"line {node.lineno} reads {handler.name}.{node.attr}, which openai>=1's "
                        f"exceptions do not have: read {instead}, then rename the exception")
    return None


def _handler_of(sem: Semantics, reference: ast.expr) -> Optional[ast.ExceptHandler]:
    """The except clause that catches `reference` (alone or in a tuple), if any."""
    parent = sem.parent(reference)
    if isinstance(parent, ast.Tuple):
        parent = sem.parent(parent)
    return parent if isinstance(parent, ast.ExceptHandler) else None


def _reads_of_import(sem: Semantics, statement: ast.ImportFrom, bound: str) -> List[ast.expr]:
    """The reads of the name `statement` binds, in the scope it binds it in."""
    function = sem.enclosing_function(statement)
    scope = sem.names.module if function is None else sem.names.scope_of(function, sem.names.module)
    return list(sem.reads((scope, bound)))


def _tuple_member_removal(sem: Semantics, reference: Optional[ast.expr]) -> Optional[Edit]:
    """The edit removing `reference` from the tuple it is an item of, with its comma (a
    tuple left with one item keeps one); None when it is no item of a tuple of two or more."""
    tuple_ = sem.parent(reference) if reference is not None else None
    if not isinstance(tuple_, ast.Tuple) or len(tuple_.elts) < 2:
        return None
    items = tuple_.elts
    index = next(i for i, item in enumerate(items) if item is reference)
    if index + 1 < len(items):
        return sem.edit(sem.span(reference)[0], sem.span(items[index + 1])[0], "")
    start, end = sem.span(items[index - 1])[1], sem.span(reference)[1]
    return sem.edit(start, end, "," if len(items) == 2 else "")


def _expression_at(sem: Semantics, start: int, end: int) -> Optional[ast.expr]:
    """The expression spelled exactly at text[start:end]."""
    for node in ast.walk(sem.tree):
        if isinstance(node, ast.Attribute) and sem.span(node) == (start, end):
            return node
    return None


def _caught_where(sem: Semantics, start: int, end: int) -> Optional[str]:
    """"clause" when text[start:end] is an except clause's exception or the class an
    isinstance() / issubclass() test takes, "tuple" when it is an element of such a tuple;
    None elsewhere."""
    for node in ast.walk(sem.tree):
        tested: Optional[ast.expr] = None
        if isinstance(node, ast.ExceptHandler):
            tested = node.type
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in ("isinstance", "issubclass") and len(node.args) == 2:
            tested = node.args[1]
        if tested is None:
            continue
        if sem.span(tested) == (start, end):
            return "clause"
        if isinstance(tested, ast.Tuple) and any(
                sem.span(element) == (start, end) for element in tested.elts):
            return "tuple"
    return None


def _manual(finding: Finding, why: str) -> Finding:
    return replace(finding, message=f"{finding.message}. Not rewritten: {why}")


def _statement_at(sem: Semantics, line: int, offset: int) -> Optional[ast.stmt]:
    """The import statement whose text holds `offset` (imports sit at any depth)."""
    for node in ast.walk(sem.tree):
        if isinstance(node, (ast.Import, ast.ImportFrom)) \
                and node.lineno <= line <= (node.end_lineno or node.lineno):
            start, end = sem.span(node)
            if start <= offset < end:
                return node
    return None


def _split_import(sem: Semantics, statement: ast.ImportFrom, alias: ast.alias,
                  reads: List[ast.expr], new: str) -> "List[Edit] | str":
    """`from openai.error import InvalidRequestError`: 0.x's one class is two in openai>=1
    (BadRequestError for a 400, NotFoundError for a 404), so both are imported and each
    clause or isinstance() test that takes it takes both. The edits, or why not."""
    names = [new, *ALSO_CAUGHT[alias.name]]
    if alias.asname is not None:
        return (f"import {', '.join(names)} from openai by hand and catch both where "
                f"{alias.asname} is caught")
    taken = [name for name in names if sem.sites((sem.names.module, name))]
    if taken:
        return (f"this module already binds {taken[0]}: import {', '.join(names)} from openai "
                f"under other names and catch both where {alias.name} is caught")
    edits: List[Edit] = []
    for read in reads:
        start, end = sem.span(read)
        where = _caught_where(sem, start, end) or (
            "tuple" if isinstance(sem.parent(read), ast.Tuple) else None)
        if where is None:
            return (f"line {read.lineno} uses {alias.name} other than in an except clause or "
                    f"an isinstance() test: use ({', '.join(names)}) there by hand")
        both = ", ".join(names)
        edits.append(sem.edit(start, end, both if where == "tuple" else f"({both})"))
    name_start = _name_offset(sem, alias, statement)
    if name_start is None:
        return "import the exceptions from openai by hand"
    edits.append(sem.edit(name_start, name_start + len(alias.name), ", ".join(names)))
    return edits


def _name_offset(sem: Semantics, alias: ast.alias, statement: ast.ImportFrom) -> Optional[int]:
    """Where an imported name is spelled (aliases carry positions from Python 3.10 on)."""
    if getattr(alias, "lineno", None) is not None:
        return sem.span(alias)[0]
    start, end = sem.span(statement)
    found = re.search(rf"(?<![\w.]){re.escape(alias.name)}\b",
                      sem.text[start:end][sem.text[start:end].index(" import ") + 8:])
    if found is None:
        return None
    return start + sem.text[start:end].index(" import ") + 8 + found.start()


__all__ = ["CODE", "V1_EXCEPTIONS", "error_fix"]
