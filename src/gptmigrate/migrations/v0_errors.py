"""openai.error (GM202) -> the exceptions on the openai module, with 1.0's names.

`openai.error.X` becomes `openai.Y`; `from openai.error import X` becomes
`from openai import Y as X`, so the code that catches it does not change; `import openai.error`
becomes `import openai`. Only catching carries over: 1.0's exceptions are built from the HTTP
exchange (`RateLimitError(message, response=..., body=...)`), so code that raises or subclasses
one, or reads an attribute only 0.x's had (`e.http_status`), is left manual with the 1.0
spelling. Within one try statement the renamed clauses must catch each error where 0.28's
did (`_order`): a clause is moved where one clean text move does it, else the clauses involved
stay manual. Fixtures: tests/fixtures/GM202-v0-error-class.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple, Union

from gptmigrate import project
from gptmigrate.detect import shows_argument
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
# openai>=1's exception classes the rewrite writes (or code names), each with its base class
# (openai 3.63.0, `cls.__bases__`; tests/test_migrations.py checks them against the installed
# SDK). In openai 0.28 every class of openai.error derived from OpenAIError alone: siblings.
V1_BASES: Dict[str, Optional[str]] = {
    "OpenAIError": None, "APIError": "OpenAIError", "APIConnectionError": "APIError",
    "APITimeoutError": "APIConnectionError", "APIStatusError": "APIError",
    "BadRequestError": "APIStatusError", "AuthenticationError": "APIStatusError",
    "PermissionDeniedError": "APIStatusError", "NotFoundError": "APIStatusError",
    "RateLimitError": "APIStatusError", "InternalServerError": "APIStatusError",
}
V0_BASE = "OpenAIError"
# What openai>=1 raises where openai 0.28 raised each class (0.28's api_requestor: 503 ->
# ServiceUnavailableError, 429 -> RateLimitError, 400/404 -> InvalidRequestError, 401, 403,
# other statuses -> APIError; requests' timeouts -> Timeout, its other failures ->
# APIConnectionError). TryAgain never reached the caller; InvalidAPIType and
# SignatureVerificationError came from the client's own checks, which openai>=1 has not.
V1_RAISED: Dict[str, Tuple[str, ...]] = {
    "APIError": ("InternalServerError",), "ServiceUnavailableError": ("InternalServerError",),
    "APIConnectionError": ("APIConnectionError",), "Timeout": ("APITimeoutError",),
    "RateLimitError": ("RateLimitError",), "InvalidRequestError": ("BadRequestError",
                                                                   "NotFoundError"),
    "AuthenticationError": ("AuthenticationError",), "PermissionError": ("PermissionDeniedError",),
}
# How one handler tells apart two 0.x classes that openai>=1 raises as one.
MERGED_APART = {frozenset({"APIError", "ServiceUnavailableError"}):
                "test `e.status_code == 503` in it (0.x raised ServiceUnavailableError for a "
                "503 and APIError for the other server errors)"}
# Attributes of 0.x's exceptions that 1.0's lack, with what 1.0 reads instead.
V0_ONLY_ATTRIBUTES = {
    "http_status": "e.status_code", "http_body": "e.response.text",
    "user_message": "e.body[\"message\"] (e.body is the API's error object; e.message "
                    "starts with \"Error code: N - \")",
    "_message": "e.body[\"message\"] (e.body is the API's error object; e.message "
                "starts with \"Error code: N - \")",
    "json_body": "e.body (the error object itself, not {'error': ...})",
    "error": "e.body", "headers": "e.response.headers",
    "organization": "e.response.headers.get('openai-organization')",
}


def error_fix(sem: Semantics, finding: Finding, sdk: SdkChoice,
              path: Optional[Path] = None) -> Finding:
    """The fix of one GM202 finding, or the finding with what to do by hand (`path`: the
    module's file, whose importers elsewhere in the project may need its names)."""
    if sdk.v0:
        return _manual(finding, f"the project pins {sdk.label} ({sdk.reason}); upgrade openai "
                                f"first")
    start = sem.index.offset(finding.start.line, finding.start.column - 1)
    end = sem.index.offset(finding.end.line, finding.end.column - 1)
    spelled = re.sub(r"\s|\\", "", sem.text[start:end])
    statement = _statement_at(sem, finding.start.line, start)
    notes: List[str] = []
    edits: List[Edit] = []
    named = {alias.name for alias in statement.names} \
        if isinstance(statement, ast.ImportFrom) else set()
    top_level = isinstance(statement, ast.ImportFrom) and statement.module == "openai" \
        and not statement.level and "InvalidRequestError" in named and "error" not in named
    if isinstance(statement, ast.ImportFrom) and (spelled == "openai.error" or top_level):
        # `from openai.error import X, Y`, or 0.x's top-level alias, `from openai import
        # InvalidRequestError`, whose other names are judged by their own findings
        if any(alias.name == "*" for alias in statement.names):
            return _manual(finding, "import the exceptions by name from openai")
        if not top_level:
            edits.append(sem.edit(start, end, "openai"))
        moves: List[Edit] = []
        for alias in statement.names:
            if top_level and alias.name != "InvalidRequestError":
                continue
            new = V1_EXCEPTIONS.get(alias.name)
            if new is None:
                return _manual(finding, f"openai 1.0 has no {alias.name}; remove it by hand")
            problem = _imported_exception(sem, statement, alias, new, path, edits, moves, notes)
            if problem:
                return _manual(finding, problem)
        edits.extend(moves)
        description = "Import the exceptions from openai (openai>=1)"
    elif isinstance(statement, ast.ImportFrom) and statement.module == "openai" \
            and not statement.level and any(alias.name == "error" for alias in statement.names):
        # `from openai import error`: the name becomes the openai module, where openai>=1's
        # exceptions live; each `error.X` is renamed by its own finding
        if len(statement.names) != 1:
            return _manual(finding, "import openai's error module on a line of its own "
                                    "(`from openai import error`), then run again")
        alias = statement.names[0]
        statement_start, statement_end = sem.span(statement)
        edits.append(sem.edit(statement_start, statement_end,
                              f"import openai as {alias.asname or 'error'}"))
        description = (f"Import openai as {alias.asname or 'error'}: openai>=1's exceptions "
                       f"live on the module")
    elif (spelled.startswith("openai.error.") and spelled.count(".") == 2) \
            or spelled == "openai.InvalidRequestError" or _error_module_read(sem, spelled):
        old = spelled.rsplit(".", 1)[1]
        prefix = "openai." if spelled.startswith("openai.") else spelled.split(".")[0] + "."
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
        edits.extend(_status_reads(sem, [reference] if reference is not None else []))
        handler = _handler_of(sem, reference) if reference is not None else None
        order = _order(sem, handler) if handler is not None else None
        if order is not None and handler is not None:
            index = order.handlers.index(handler)
            if order.move is not None and index == order.move[0]:
                return replace(finding, fix_safety=FixSafety.UNSAFE, fix=Fix(
                    FixSafety.UNSAFE, (*order.edits, *edits),
                    f"Replace {spelled} with {prefix}{new} and {order.description()}: "
                    f"{sdk.reason}"))
            if order.involves(index):
                return _manual(finding, order.reason(index))
        caught = _caught_where(sem, start, end)
        if old in ALSO_CAUGHT and caught is None:
            holder = sem.parent(reference) if reference is not None else None
            if isinstance(holder, ast.Tuple) and all(
                    isinstance(item, (ast.Name, ast.Attribute)) for item in holder.elts):
                caught = "tuple"  # a tuple of errors kept for an except clause or a test
            else:
                return _manual(finding, f"openai>=1 raises NotFoundError for a 404 where 0.x "
                                        f"raised {old}: where this value is caught or tested, "
                                        f"use (openai.{new}, openai."
                                        f"{', openai.'.join(ALSO_CAUGHT[old])}) by hand")
        if old in ALSO_CAUGHT and caught is not None:
            # v0 raised InvalidRequestError for 400 and 404 alike; v1 splits them.
            extra = ", ".join(f"{prefix}{name}" for name in ALSO_CAUGHT[old])
            new_text = f"{prefix}{new}, {extra}" if caught == "tuple" else \
                f"({prefix}{new}, {extra})"
            edits.append(sem.edit(start, end, new_text))
            description = (f"Replace {spelled} with {new_text.strip('()')} where it is "
                           f"caught or tested (openai>=1 raises NotFoundError for a 404)")
        else:
            if old in EXCEPTION_NOTES:
                notes.append(EXCEPTION_NOTES[old])
            edits.append(sem.edit(start, end, f"{prefix}{new}"))
            description = f"Replace {spelled} with {prefix}{new} (openai>=1)"
    elif isinstance(statement, ast.Import) and spelled == "openai.error" and any(
            alias.name == "openai.error" for alias in statement.names):
        # `import openai.error as oe` too: `oe.RateLimitError` is then renamed by its finding
        edits.append(sem.edit(start, end, "openai"))
        description = "Import openai instead of openai.error (openai>=1)"
    else:
        return finding
    if notes:
        description += "; " + "; ".join(notes)
    description += f": {sdk.reason}"
    return replace(finding, fix_safety=FixSafety.UNSAFE,
                   fix=Fix(FixSafety.UNSAFE, tuple(edits), description))


def _error_module_read(sem: Semantics, spelled: str) -> bool:
    """`error.RateLimitError` where the module binds `error` by `from openai import error`
    (that import becomes `import openai as error`), or `oe.RateLimitError` where it binds `oe`
    by `import openai.error as oe` (which becomes `import openai as oe`), and by nothing else."""
    name = spelled.split(".")[0]
    if spelled.count(".") != 1:
        return False
    sites = sem.sites((sem.names.module, name))
    return bool(sites) and all(
        isinstance(site, ast.alias) and (
            site.name == "error" and isinstance(sem.parent(site), ast.ImportFrom)
            and sem.parent(site).module == "openai"  # type: ignore[union-attr]
            or site.name == "openai.error" and site.asname == name) for site in sites)


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
        tupled = _tuple_handlers(sem, reference)
        for node, name in tupled:  # `except RETRYABLE as error:` with RETRYABLE = (X, Y)
            if _status_read(sem, node):
                continue  # `_status_reads` turns it into getattr(error, "status_code", None)
            return (f"line {node.lineno} reads {name}.{node.attr} of an error caught through "
                    f"the tuple it is listed in, which openai>=1's exceptions do not have: "
                    f"read {V0_ONLY_ATTRIBUTES[node.attr].replace('e.', f'{name}.', 1)} "
                    f"there, then rename the exceptions")
        handler = _catching_of(sem, reference)
        if handler is None or handler.name is None:
            continue
        for node in (n for statement in handler.body for n in ast.walk(statement)):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                    and node.value.id == handler.name and node.attr in V0_ONLY_ATTRIBUTES \
                    and not _status_read(sem, node):
                instead = V0_ONLY_ATTRIBUTES[node.attr].replace("e.", f"{handler.name}.", 1)
                return (f"line {node.lineno} reads {handler.name}.{node.attr}, which openai>=1's "
                        f"exceptions do not have: read {instead}, then rename the exception")
            looked_up = _attribute_looked_up(node, handler.name)
            if looked_up in V0_ONLY_ATTRIBUTES and not _status_lookup(sem, node, handler.name):
                instead = V0_ONLY_ATTRIBUTES[looked_up].replace("e.", f"{handler.name}.", 1)
                return (f"line {node.lineno} looks up {handler.name}'s {looked_up}, which "
                        f"openai>=1's exceptions do not have: read {instead}, then rename the "
                        f"exception")
            kept = _kept_elsewhere(sem, node, handler)
            if kept is not None:
                return (f"line {node.lineno} keeps {handler.name} (in a container or another "
                        f"name), and line {kept.lineno} reads .{kept.attr}, which openai>=1's "
                        f"exceptions do not have: read "
                        f"{V0_ONLY_ATTRIBUTES[kept.attr].replace('e.', '<error>.', 1)} there, "
                        f"then rename the exception")
            if isinstance(node, ast.Call) and not shows_argument(node) and any(
                    isinstance(arg, ast.Name) and arg.id == handler.name
                    for arg in (*node.args, *(k.value for k in node.keywords))):
                read = _reads_v0_attributes(sem, node)
                if read is not None:
                    where, attribute = read
                    return (f"line {node.lineno} hands {handler.name} to "
                            f"{ast.unparse(node.func)}(), and {where}, which openai>=1's "
                            f"exceptions do not have: read {V0_ONLY_ATTRIBUTES[attribute]} "
                            f"there, then rename the exception")
    return None


def _status_read(sem: Semantics, node: ast.Attribute) -> bool:
    """`e.http_status` read: `getattr(e, "status_code", None)` reads the same in openai>=1
    (the status of the HTTP answer, None where there was none: a connection error, a
    timeout), where a quote for the string is free (in an f-string)."""
    return node.attr == "http_status" and isinstance(node.ctx, ast.Load) \
        and sem.free_quote(node) is not None


def _attribute_looked_up(node: ast.AST, name: str) -> Optional[str]:
    """The attribute `getattr(<name>, "attr"[, default])` or `hasattr(<name>, "attr")` names."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
            and node.func.id in ("getattr", "hasattr") and len(node.args) >= 2 \
            and isinstance(node.args[0], ast.Name) and node.args[0].id == name \
            and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str):
        return node.args[1].value
    return None


def _status_lookup(sem: Semantics, node: ast.AST, name: str) -> bool:
    """`getattr(e, "http_status", default)` of a caught 0.x error, which always has the
    attribute (None where there was no HTTP answer), so the default never shows: `getattr(e,
    "status_code", None)` reads the same in openai>=1."""
    return _attribute_looked_up(node, name) == "http_status" \
        and node.func.id == "getattr" and len(node.args) <= 3 \
        and not node.keywords and not sem.sites((sem.names.module, "getattr"))  # type: ignore


def _kept_elsewhere(sem: Semantics, node: ast.AST,
                    handler: ast.ExceptHandler) -> Optional[ast.Attribute]:
    """Where the module reads an attribute only 0.x's exceptions had on something else than
    the caught name, when `node` keeps the caught exception in a container or another name
    (`failures.append((name, e))`, `last = e`): the read may be of it, later."""
    if not (isinstance(node, ast.Name) and node.id == handler.name
            and isinstance(node.ctx, ast.Load)):
        return None
    parent = sem.parent(node)
    if not isinstance(parent, (ast.Tuple, ast.List, ast.Set, ast.Dict, ast.Assign,
                               ast.AnnAssign)) and not (
            isinstance(parent, ast.Call) and isinstance(parent.func, ast.Attribute)
            and parent.func.attr in ("append", "add", "extend", "insert")):
        return None
    inside = {id(n) for statement in handler.body for n in ast.walk(statement)}
    return next((read for read in ast.walk(sem.tree) if isinstance(read, ast.Attribute)
                 and read.attr in _RARE_V0_ATTRIBUTES and isinstance(read.ctx, ast.Load)
                 and id(read) not in inside), None)


def _status_reads(sem: Semantics, references: List[ast.expr]) -> List[Edit]:
    """Edits turning each `<caught>.http_status` (and `getattr(<caught>, "http_status", ...)`)
    of the except clauses that catch `references` into `getattr(<caught>, "status_code",
    None)`."""
    edits = []
    for reference in references:
        for node, name in _tuple_handlers(sem, reference):
            quote = sem.free_quote(node) if _status_read(sem, node) else None
            change = sem.edit(*sem.span(node), f"getattr({name}, {quote}status_code{quote}, "
                                               f"None)") if quote else None
            if change is not None and change not in edits:
                edits.append(change)
        handler = _catching_of(sem, reference)
        if handler is None or handler.name is None:
            continue
        for node in (n for statement in handler.body for n in ast.walk(statement)):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                    and node.value.id == handler.name and _status_read(sem, node):
                quote = sem.free_quote(node)
            elif _status_lookup(sem, node, handler.name):
                quote = sem.source(node.args[1])[-1]  # type: ignore[attr-defined]
            else:
                continue
            edits.append(sem.edit(*sem.span(node), f"getattr({handler.name}, "
                                                   f"{quote}status_code{quote}, None)"))
    return edits


# 0.x-only attribute names rare enough elsewhere to look for in the project's text.
_RARE_V0_ATTRIBUTES = ("http_status", "http_body", "user_message", "json_body")
_V0_ATTRIBUTE_TEXT = re.compile(rf"\.({'|'.join(_RARE_V0_ATTRIBUTES)})\b")


def _reads_v0_attributes(sem: Semantics, call: ast.Call) -> Optional[Tuple[str, str]]:
    """Where the function `call` hands a caught exception to may read an attribute only
    0.x's exceptions had: (what reads it, the attribute). A function of this module is read
    for its parameters' attributes; any other, the project's text for the rarer names."""
    name = call.func.id if isinstance(call.func, ast.Name) else None
    local = [node for node in ast.walk(sem.tree) if isinstance(
        node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == name]
    for function in local:
        parameters = {a.arg for a in (*function.args.posonlyargs, *function.args.args,
                                      *function.args.kwonlyargs)}
        for node in ast.walk(function):
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                    and node.value.id in parameters and node.attr in V0_ONLY_ATTRIBUTES:
                return f"{name}() reads {node.value.id}.{node.attr} (line {node.lineno})", \
                    node.attr
    if local:
        return None
    found = project.first_read(_V0_ATTRIBUTE_TEXT)
    if found is None:
        return None
    path, line, spelled = found
    return f"{path.name}:{line} reads {spelled}", spelled[1:]


def _imported_elsewhere(path: Optional[Path], name: str) -> Optional[str]:
    """The name of a project module that imports `name` from the module file at `path` (a
    file of a running scan). A star importer that also imports `name` from openai itself
    reads its own binding, which its own fix renames with its reads (judged otherwise, the
    second run would fix this module once that importer's text no longer spells `name`)."""
    for importer, _, aliases in project.importers(path, name) if path is not None else ():
        tree = project.module_tree(importer) if not aliases else None
        if tree is not None and any(
                isinstance(node, ast.ImportFrom) and node.module in ("openai", "openai.error")
                and not node.level and any(alias.name == name for alias in node.names)
                for node in ast.walk(tree)):
            continue
        return importer.name
    return None


def _tuple_handlers(sem: Semantics, reference: ast.expr) -> List[Tuple[ast.Attribute, str]]:
    """Where `reference` is an item of a tuple bound to a module name (`RETRYABLE = (openai.
    error.APIError, ...)`), the reads of an attribute only 0.x's exceptions had on the name
    of an except clause of this module catching that name (`except RETRYABLE as error:
    ... error.http_status`), with that name."""
    items = sem.parent(reference)
    statement = sem.parent(items) if isinstance(items, ast.Tuple) else None
    if not (isinstance(statement, ast.Assign) and statement.value is items
            and len(statement.targets) == 1 and isinstance(statement.targets[0], ast.Name)):
        return []
    bound = statement.targets[0].id
    found = []
    for handler in ast.walk(sem.tree):
        if not isinstance(handler, ast.ExceptHandler) or handler.name is None \
                or handler.type is None:
            continue
        if bound not in {part.id for part in ast.walk(handler.type)
                         if isinstance(part, ast.Name)}:
            continue
        found.extend((node, handler.name) for statement in handler.body
                     for node in ast.walk(statement)
                     if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name)
                     and node.value.id == handler.name and node.attr in V0_ONLY_ATTRIBUTES
                     and isinstance(node.ctx, ast.Load))
    return found


def _handler_of(sem: Semantics, reference: ast.expr) -> Optional[ast.ExceptHandler]:
    """The except clause that catches `reference` (alone or in a tuple), if any."""
    parent = sem.parent(reference)
    if isinstance(parent, ast.Tuple):
        parent = sem.parent(parent)
    return parent if isinstance(parent, ast.ExceptHandler) else None


def _catching_of(sem: Semantics, reference: ast.expr) -> Optional[ast.ExceptHandler]:
    """The except clause that catches `reference`, or, for `if isinstance(exc, <reference>):`,
    an except clause of the same name and body (the branch sees `exc` as one of them)."""
    handler = _handler_of(sem, reference)
    if handler is not None:
        return handler
    test = sem.parent(reference)
    if isinstance(test, ast.Tuple):
        test = sem.parent(test)
    branch = sem.parent(test)
    if isinstance(branch, ast.BoolOp) and isinstance(branch.op, ast.And) \
            and branch.values[0] is test:  # `if isinstance(e, X) and e.code == ...:`
        test, branch = branch, sem.parent(branch)
    call = test.values[0] if isinstance(test, ast.BoolOp) else test
    if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) \
            and call.func.id == "isinstance" and len(call.args) == 2 \
            and isinstance(call.args[0], ast.Name) and isinstance(branch, ast.If) \
            and branch.test is test and not sem.sites((sem.names.module, "isinstance")):
        return ast.ExceptHandler(type=reference, name=call.args[0].id, body=branch.body)
    return None


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
    """"clause" when text[start:end] is an except clause's exception, the class an
    isinstance() / issubclass() test takes or one a test expects raised (assertRaises,
    pytest.raises), "tuple" when it is an element of such a tuple;
    None elsewhere."""
    for node in ast.walk(sem.tree):
        tested: Optional[ast.expr] = None
        if isinstance(node, ast.ExceptHandler):
            tested = node.type
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) \
                and node.func.id in ("isinstance", "issubclass") and len(node.args) == 2:
            tested = node.args[1]
        elif isinstance(node, ast.Call) and node.args and _expects_raised(node.func):
            tested = node.args[0]  # `self.assertRaises(X)`, `pytest.raises(X)`: caught there
        if tested is None:
            continue
        if sem.span(tested) == (start, end):
            return "clause"
        if isinstance(tested, ast.Tuple) and any(
                sem.span(element) == (start, end) for element in tested.elts):
            return "tuple"
    return None


def _expects_raised(func: ast.expr) -> bool:
    """`self.assertRaises` / `assertRaisesRegex` (unittest) or `pytest.raises` / `raises`: a
    call whose first argument (a class or a tuple of them) is caught as an except clause's."""
    if isinstance(func, ast.Attribute):
        return func.attr in ("assertRaises", "assertRaisesRegex") or (
            func.attr == "raises" and isinstance(func.value, ast.Name)
            and func.value.id == "pytest")
    return isinstance(func, ast.Name) and func.id == "raises"


# -- the order of except clauses ---------------------------------------------------------------
# 0.28's classes were siblings; openai>=1's are a tree (APITimeoutError under
# APIConnectionError) and name some of them alike (APIError and ServiceUnavailableError are
# both InternalServerError). Within one try statement the rename must send every error to the
# clause 0.28 sent it to: else one clause is moved (a clean text move) or the clauses that
# change are left manual.


@dataclass(frozen=True)
class _Member:
    """One class an except clause names: its 0.28 class (None: no class of openai's, the same
    object in both versions) and the classes it catches once renamed."""
    node: ast.expr
    v0: Optional[str]
    v1: Tuple[str, ...]


@dataclass(frozen=True)
class _Conflict:
    """0.28 sent `raised` (openai>=1's `now`) to clause `was`; renamed, clause `becomes`
    takes it first, through its class `by` (0.28's `by_v0`)."""
    raised: str
    now: str
    was: Optional[int]
    becomes: Optional[int]
    by: str
    by_v0: str


@dataclass(frozen=True)
class _Order:
    """The verdict on one try statement whose renamed clauses would catch differently: clause
    `move[0]` goes before clause `move[1]` (`edits`), or, with no move, manual."""
    handlers: Tuple[ast.ExceptHandler, ...]
    clauses: Tuple[Optional[Tuple[_Member, ...]], ...]
    conflicts: Tuple[_Conflict, ...]  # left manual
    move: Optional[Tuple[int, int]] = None
    edits: Tuple[Edit, ...] = ()
    resolved: Tuple[_Conflict, ...] = ()  # what the move sets right

    def involves(self, index: int) -> bool:
        return any(index in (c.was, c.becomes) for c in self.conflicts)

    def reason(self, index: Optional[int] = None,
               conflicts: Optional[Tuple[_Conflict, ...]] = None) -> str:
        """What to do by hand, for the conflicts clause `index` takes part in (all: None)."""
        texts: List[str] = []
        for conflict in self.conflicts if conflicts is None else conflicts:
            if index is not None and index not in (conflict.was, conflict.becomes):
                continue
            text = self._explain(conflict)
            if text not in texts:
                texts.append(text)
        return "; ".join(texts)

    def _line(self, index: Optional[int]) -> str:
        return "?" if index is None else str(self.handlers[index].lineno)

    def _explain(self, conflict: _Conflict) -> str:
        was, becomes = self._line(conflict.was), self._line(conflict.becomes)
        if conflict.by == conflict.now:
            hint = MERGED_APART.get(frozenset({conflict.raised, conflict.by_v0}),
                                    "tell the two apart inside it")
            return (f"openai>=1 raises {conflict.now} for both 0.x's {conflict.by_v0} (line "
                    f"{becomes}) and {conflict.raised} (line {was}), so the clause on line "
                    f"{becomes} would take the {conflict.raised} errors too and line {was}'s "
                    f"would not run for them: catch openai.{conflict.now} in one clause and "
                    f"{hint}")
        members = self.clauses[conflict.was] if conflict.was is not None else None
        clause = (f" (`except openai.{conflict.now}`)" if members is not None
                  and len(members) == 1 and members[0].v1 == (conflict.now,) else "")
        return (f"in openai>=1 {conflict.now} is a subclass of {conflict.by}, so the clause on "
                f"line {becomes} (`except openai.{conflict.by}`) would catch the "
                f"{conflict.now} errors that 0.x sent to line {was}: put the clause of line "
                f"{was}{clause} before it")

    def description(self) -> str:
        assert self.move is not None
        moved, before = self.move
        return (f"move the clause of line {self._line(moved)} before line {self._line(before)}"
                f": {self.reason(conflicts=self.resolved)}")


def _order(sem: Semantics, handler: ast.ExceptHandler) -> Optional[_Order]:
    """The verdict on the try statement of `handler`; None when the renamed clauses catch
    every error where 0.28's did."""
    statement = sem.parent(handler)
    handlers = tuple(getattr(statement, "handlers", ()))
    if handler not in handlers:
        return None
    clauses = tuple(_members(sem, h) for h in handlers)
    count = len(handlers)
    conflicts = _conflicts(clauses, list(range(count)))
    if not conflicts:
        return None
    # One clause moved: the move that leaves fewest conflicts, none of them its own clause's
    # and none new (what it leaves stays manual).
    kinds = {(c.raised, c.now) for c in conflicts}
    best: Optional[_Order] = None
    for moved in range(1, count):
        for before in range(moved - 1, -1, -1):
            order = [*range(before), moved, *(k for k in range(before, count) if k != moved)]
            left = _conflicts(clauses, order)
            if not {(c.raised, c.now) for c in left} < kinds \
                    or any(moved in (c.was, c.becomes) for c in left) \
                    or (best is not None and len(left) >= len(best.conflicts)):
                continue
            edits = _move_edits(sem, handlers, clauses, moved, before)
            if edits is not None:
                resolved = tuple(c for c in conflicts
                                 if (c.raised, c.now) not in {(d.raised, d.now) for d in left})
                best = _Order(handlers, clauses, tuple(left), (moved, before), tuple(edits),
                              resolved)
    return best or _Order(handlers, clauses, tuple(conflicts))


def _members(sem: Semantics, handler: ast.ExceptHandler) -> Optional[Tuple[_Member, ...]]:
    """The classes an except clause names; None for a bare `except:`."""
    if handler.type is None:
        return None
    nodes = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return tuple(_member(sem, node) for node in nodes)


def _member(sem: Semantics, node: ast.expr) -> _Member:
    base = node
    while isinstance(base, ast.Attribute):
        base = base.value
    names = sem.names.names(node, sem.scope_of(base)) if isinstance(base, ast.Name) else set()
    if len(names) == 1:
        parts = next(iter(names)).split(".")
        if (len(parts) == 3 and parts[:2] == ["openai", "error"] and parts[2] in V1_EXCEPTIONS) \
                or parts == ["openai", "InvalidRequestError"]:
            old = parts[-1]
            new = V1_EXCEPTIONS[old]
            return _Member(node, old, () if new is None else (new, *ALSO_CAUGHT.get(old, ())))
        if parts in (["openai", "OpenAIError"], ["openai", "APIError"]):
            # 0.28 exported its own two on the module; openai>=1's APIError is every API error's
            return _Member(node, parts[1], (parts[1],))
    return _Member(node, None, ())


def _v1_subclass(name: Optional[str], base: str) -> bool:
    while name is not None:
        if name == base:
            return True
        name = V1_BASES.get(name)
    return False


def _route(clauses: Sequence[Optional[Tuple[_Member, ...]]], order: Sequence[int], raised: str,
           now: str, renamed: bool) -> Tuple[Tuple[int, bool], ...]:
    """The clauses an error may reach, in `order`: those that may take it (a class that is not
    openai's may be its base) up to the first that surely does."""
    route: List[Tuple[int, bool]] = []
    for index in order:
        members = clauses[index]
        if members is None:
            route.append((index, True))
            break
        takes = [None if m.v0 is None else
                 any(_v1_subclass(now, c) for c in m.v1) if renamed else m.v0 in (raised, V0_BASE)
                 for m in members]
        if True in takes:
            route.append((index, True))
            break
        if None in takes:
            route.append((index, False))
    return tuple(route)


def _conflicts(clauses: Sequence[Optional[Tuple[_Member, ...]]],
               order: List[int]) -> List[_Conflict]:
    """The errors that 0.28 sent to a clause naming their own class and the renamed clauses,
    in `order`, would send elsewhere. (Where 0.28 had no such clause, letting the error out of
    the try or to a clause of the base class, a renamed clause that now takes it first is that
    clause's wider class, which the rename accepts: `except openai.InternalServerError` takes
    the 503s of 0.28's ServiceUnavailableError too.)"""
    found: List[_Conflict] = []
    for raised, nows in V1_RAISED.items():
        for now in nows:
            before = _route(clauses, range(len(clauses)), raised, now, False)
            after = _route(clauses, order, raised, now, True)
            if before == after:
                continue
            was = before[-1][0] if before and before[-1][1] else None
            if was is None or not any(m.v0 == raised for m in clauses[was] or ()):
                continue  # 0.28 had no clause of its own class for it here
            becomes = after[-1][0] if after and after[-1][1] else None
            by, by_v0 = now, "?"
            members = clauses[becomes] if becomes is not None else None
            for member in members or ():
                caught = [c for c in member.v1 if _v1_subclass(now, c)]
                if caught and member.v0 is not None:
                    by, by_v0 = caught[0], member.v0
                    break
            found.append(_Conflict(raised, now, was, becomes, by, by_v0))
    return found


def _move_edits(sem: Semantics, handlers: Tuple[ast.ExceptHandler, ...],
                clauses: Sequence[Optional[Tuple[_Member, ...]]], moved: int,
                before: int) -> Optional[List[Edit]]:
    """The edits moving clause `moved`, renamed, to the line of clause `before`; None unless
    that is a clean text move: both clauses start their lines, no comment sits above either
    or is indented under the moved one after its last statement, and the moved clause holds
    no other 0.x name (whose fix would edit the text it takes away)."""
    text, starts = sem.text, sem.index.starts
    clause, target = handlers[moved], handlers[before]
    for handler in (clause, target):
        line_start = starts[handler.lineno - 1]
        if text[line_start:sem.span(handler)[0]].strip() or (
                handler.lineno > 1 and _line_text(sem, handler.lineno - 1).lstrip()
                .startswith("#")):
            return None
    first = starts[clause.lineno - 1]
    last = clause.body[-1]
    end = sem.line_end(last)
    tail = text[sem.span(last)[1]:end].strip()
    if (tail and not tail.startswith("#")) or not text[first:end].endswith("\n"):
        return None
    column = sem.span(clause)[0] - first
    line = (last.end_lineno or last.lineno) + 1
    while line <= len(starts):
        content = _line_text(sem, line)
        if content.strip():
            if content.lstrip().startswith("#") \
                    and len(content) - len(content.lstrip()) > column:
                return None
            break
        line += 1
    for statement in clause.body:
        for node in ast.walk(statement):
            if isinstance(node, (ast.Name, ast.Attribute)) and _names_v0_error(sem, node):
                return None
    pieces: List[Tuple[int, int, str]] = []
    for member in clauses[moved] or ():
        if member.v0 is None:
            continue
        new = V1_EXCEPTIONS.get(member.v0) if member.v0 in V1_EXCEPTIONS else member.v0
        if new is None or _used_beyond_catching(sem, [member.node], new):
            return None
        start, stop = sem.span(member.node)
        spelled = re.sub(r"\s|\\", "", text[start:stop])
        if isinstance(member.node, ast.Name):
            if member.v0 in ALSO_CAUGHT:
                return None  # the import's fix writes two names there
            continue  # the import's fix renames what the name is bound to
        if spelled in ("openai.OpenAIError", "openai.APIError"):
            continue
        if not ((spelled.startswith("openai.error.") and spelled.count(".") == 2)
                or spelled == "openai.InvalidRequestError"):
            return None
        content = f"openai.{new}"
        if member.v0 in ALSO_CAUGHT:
            content = ", ".join(f"openai.{name}" for name in (new, *ALSO_CAUGHT[member.v0]))
            if not isinstance(clause.type, ast.Tuple):
                content = f"({content})"
        pieces.append((start - first, stop - first, content))
    block = text[first:end]
    for start, stop, content in sorted(pieces, reverse=True):
        block = block[:start] + content + block[stop:]
    at = starts[target.lineno - 1]
    return [sem.edit(at, at, block), sem.edit(first, end, "")]


def _line_text(sem: Semantics, line: int) -> str:
    starts = sem.index.starts
    end = starts[line] if line < len(starts) else len(sem.text)
    return sem.text[starts[line - 1]:end].rstrip("\r\n")


def _names_v0_error(sem: Semantics, node: Union[ast.Name, ast.Attribute]) -> bool:
    base: ast.expr = node
    while isinstance(base, ast.Attribute):
        base = base.value
    if not isinstance(base, ast.Name):
        return False
    return any(name == "openai.InvalidRequestError" or name.startswith("openai.error")
               for name in sem.names.names(node, sem.scope_of(base)))


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


def _imported_exception(sem: Semantics, statement: ast.ImportFrom, alias: ast.alias, new: str,
                        path: Optional[Path], edits: List[Edit], moves: List[Edit],
                        notes: List[str]) -> Optional[str]:
    """The edits (added to `edits`, clause moves to `moves`, what they do to `notes`) that
    give the 0.x exception `alias` imported by `statement` its openai>=1 name `new`, where the
    module reads it; or why it stays manual."""
    reads = _reads_of_import(sem, statement, alias.asname or alias.name)
    problem = _used_beyond_catching(sem, reads, new)
    if problem:
        return problem
    edits.extend(_status_reads(sem, reads))
    for read in reads:
        handler = _handler_of(sem, read)
        order = _order(sem, handler) if handler is not None else None
        if order is None or handler is None:
            continue
        index = order.handlers.index(handler)
        if order.involves(index):
            return order.reason(index)
        if order.move is not None and index == order.move[0] \
                and order.edits[0] not in moves:
            moves.extend(order.edits)
            notes.append(order.description())
    if alias.name in EXCEPTION_NOTES:
        notes.append(EXCEPTION_NOTES[alias.name])
    if alias.name in ALSO_CAUGHT:
        importer = _imported_elsewhere(path, alias.asname or alias.name) \
            if sem.enclosing_function(statement) is None else None
        if importer is not None:
            return (f"{importer} imports {alias.asname or alias.name} from this module, which "
                    f"openai>=1 splits in two ({new}, {', '.join(ALSO_CAUGHT[alias.name])}): "
                    f"import those from openai there, then here")
        split = _split_import(sem, statement, alias, reads, new)
        if isinstance(split, str):
            return split
        edits.extend(split)
        notes.append(f"{alias.name} becomes ({new}, {', '.join(ALSO_CAUGHT[alias.name])}) "
                     f"where it is caught or tested (openai>=1 raises NotFoundError "
                     f"for a 404)")
        return None
    if new != alias.name:
        name_start = _name_offset(sem, alias, statement)
        if name_start is None:
            return "import the exceptions from openai by hand"
        edits.append(sem.edit(name_start, name_start + len(alias.name),
                              new if alias.asname else f"{new} as {alias.name}"))
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
