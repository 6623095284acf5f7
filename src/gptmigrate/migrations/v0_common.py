"""What the migrations of the rest of the 0.x module API share (Moderation, Image, Audio, File,
FineTuningJob, Model): v1's methods take keyword arguments only and raise TypeError on an
unknown one, so every argument is checked against the v1 signature; a retired model is
replaced by the table's target of the same API; Azure deployments are left to their owner.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import TYPE_CHECKING, AbstractSet, List, Optional

import libcst as cst

from gptmigrate.detect import LegacyCall, literal_text
from gptmigrate.migrations.base import (Migration, Uncertain, check_accepted, drop_last_argument,
                                        target_name)

if TYPE_CHECKING:
    from gptmigrate.rewrite import CallPlan

CODES = frozenset({"GM201"})
COMPUTED = "<computed>"  # a model argument that is not a plain string literal


def not_on_azure(plan: "CallPlan") -> None:
    if plan.on_azure:
        raise Uncertain(f"on Azure the deployment names the model: create an AzureOpenAI client "
                        f"and call {target_name(plan)}(model=<deployment>, ...) by hand")


def named_model(plan: "CallPlan") -> Optional[str]:
    """The model the call names: its text for a plain literal, COMPUTED for anything else,
    None when it names none."""
    value = plan.ast_argument("model")
    if value is None:
        return None
    if isinstance(value, ast.Constant) and isinstance(value.value, str):
        text = literal_text(plan.sem.source(value))
        return text if text is not None else COMPUTED
    return COMPUTED


def replacement(plan: "CallPlan", model: str, api: str) -> Optional[str]:
    """The served model to write instead of `model`: None while `model` is served (a
    deprecated model stays until its shutdown: its own finding says when), the table's target
    of the same API once it is retired; manual when the table has none."""
    options = plan.planner.options
    row = options.table.get(model)
    if row is None or row.status(options.as_of) != "retired":
        return None
    resolution = options.table.resolve(model, options.as_of, options.targets)
    target_row = options.table.get(resolution.target) if resolution.target else None
    if target_row is not None and target_row.api == api:
        return target_row.name
    raise Uncertain(f"{model} is retired and the table names no {api} model to replace it: "
                    f"choose a served one and rewrite the call as {target_name(plan)} by hand")


def with_model(plan: "CallPlan", args: List[cst.Arg], model: str) -> List[cst.Arg]:
    """`args` naming `model`: the model argument's literal changed, or model= added first."""
    out = []
    found = False
    for arg in args:
        if arg.keyword is not None and arg.keyword.value == "model":
            found = True
            value = arg.value
            if not isinstance(value, cst.SimpleString):
                raise Uncertain(f"the model is not a plain string: name {model} by hand")
            arg = arg.with_changes(value=value.with_changes(
                value=f"{value.prefix}{value.quote}{model}{value.quote}"))
        out.append(arg)
    if found:
        return out
    space = plan.cst_call.whitespace_before_args
    after = space if isinstance(space, cst.ParenthesizedWhitespace) and out \
        else cst.SimpleWhitespace(" ")
    equal = cst.AssignEqual(whitespace_before=cst.SimpleWhitespace(""),
                            whitespace_after=cst.SimpleWhitespace(""))
    new = cst.Arg(keyword=cst.Name("model"), value=cst.SimpleString(f'"{model}"'), equal=equal,
                  comma=cst.Comma(whitespace_after=after) if out else cst.MaybeSentinel.DEFAULT)
    return [new, *out]


def without(args: List[cst.Arg], names: AbstractSet[str]) -> List[cst.Arg]:
    """`args` without the keywords `names`, the last comma kept as it was written."""
    out: List[cst.Arg] = []
    for index, arg in enumerate(args):
        if arg.keyword is not None and arg.keyword.value in names:
            if index == len(args) - 1 and out:
                drop_last_argument(out, arg)
            continue
        out.append(arg)
    return out


def first_positional(args: List[cst.Arg], name: str) -> List[cst.Arg]:
    """`args` with keyword `name` passed first by position (v1's `files.retrieve(file_id)`)."""
    index = next((i for i, arg in enumerate(args)
                  if arg.keyword is not None and arg.keyword.value == name), None)
    if index is None:
        raise Uncertain(f"the call does not say which object it means ({name}=)")
    arg = args[index]
    rest = args[:index] + args[index + 1:]
    if index == len(args) - 1 and rest:
        drop_last_argument(rest, arg)
    moved = arg.with_changes(keyword=None, equal=cst.MaybeSentinel.DEFAULT,
                             comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
                             if rest else arg.comma)
    return [moved, *rest]


# Modes of a file open() reads text in (no "b"); 0.28 (requests) sent such a file's text, UTF-8
# encoded, where openai>=1 (httpx) refuses it: "Multipart file uploads must be opened in binary
# mode". Others (write modes, "r+") are left to the user.
TEXT_READ_MODES = frozenset({"r", "rt", "tr"})
UTF8 = frozenset({"utf-8", "utf8", "utf_8"})


def binary_uploads(plan: "CallPlan", args: List[cst.Arg], names: AbstractSet[str]) -> List[cst.Arg]:
    """`args` with each upload among `names` opened in binary mode: an inline `open(path)` /
    `open(path, "r")` becomes `open(path, "rb")`; a name bound once in the same function to
    such an open() (an assignment or `with ... as name`) and read nowhere else gets the same
    change where it is opened (an edit of the plan). A text-mode file read elsewhere too is
    manual; a file the call gets from elsewhere is passed as it is."""
    out: List[cst.Arg] = []
    for arg in args:
        keyword = arg.keyword.value if arg.keyword is not None else ""
        value = plan.ast_argument(keyword) if keyword in names else None
        opened = _opened(plan, value) if value is not None else None
        if opened is not None and value is not None:
            binary = _binary_open(plan, opened)
            if opened is value:
                arg = arg.with_changes(value=cst.parse_expression(binary))
            else:
                start, end = plan.sem.span(opened)
                edit = plan.sem.edit(start, end, binary)
                if edit not in plan.edits:
                    plan.edits.append(edit)
            note = (f"{plan.sem.source(value)} is opened \"rb\": openai>=1 uploads only files "
                    f"opened in binary mode (openai<1 sent the text, UTF-8 encoded, with its "
                    f"line endings read as \\n)")
            if note not in plan.notes:
                plan.notes.append(note)
        out.append(arg)
    return out


def _opened(plan: "CallPlan", value: ast.expr) -> Optional[ast.Call]:
    """The text-mode open() call `value` is (inline) or is bound to, when its mode can be
    changed; None when the upload is binary or its mode is not known here."""
    sem = plan.sem
    if isinstance(value, ast.Call):
        return value if _text_mode(plan, value) else None
    if not isinstance(value, ast.Name):
        return None
    key = sem.binding_of(value)
    sites = sem.sites(key)
    sources = [_open_bound(sem, site) for site in sites]
    texts = [(site, call) for site, call in zip(sites, sources)
             if call is not None and _text_mode(plan, call)]
    if not texts:
        return None
    site, call = texts[0]
    # closing it, or reading its name, is the same on a binary file
    others = [read for read in sem.reads(key) if read is not value and not (
        isinstance(sem.parent(read), ast.Attribute)
        and sem.parent(read).attr in ("close", "name"))]  # type: ignore[union-attr]
    if len(sites) == 1 and not others \
            and sem.enclosing_function(site) is sem.enclosing_function(plan.call):
        return call
    where = f" (line {others[0].lineno} reads it too)" if others else (
        f" ({value.id} is bound {len(sites)} times)" if len(sites) > 1 else "")
    raise Uncertain(f"{value.id} is a file opened in text mode on line {call.lineno}{where}, "
                    f"and openai>=1 uploads only files opened in binary mode (httpx refuses a "
                    f"text file): open it with \"rb\" (where it is read as text, decode the "
                    f"bytes), then run again")


def _open_bound(sem, site: ast.AST) -> Optional[ast.Call]:
    """The open() call a binding site takes its value from: `name = open(...)` or `with
    open(...) as name`."""
    parent = sem.parent(site)
    if isinstance(parent, ast.Assign) and parent.targets == [site] \
            and isinstance(parent.value, ast.Call):
        return parent.value
    if isinstance(parent, ast.withitem) and parent.optional_vars is site \
            and isinstance(parent.context_expr, ast.Call):
        return parent.context_expr
    return None


def _text_mode(plan: "CallPlan", call: ast.Call) -> bool:
    """Whether `call` is the builtin open() reading text (its mode a literal without "b", or
    none); a call that also sets buffering, errors, newline, ... or another encoding than
    UTF-8 is manual (the bytes it sends would differ)."""
    func = call.func
    if not (isinstance(func, ast.Name) and func.id == "open") or plan.sem.sites(
            plan.sem.binding_of(func)):
        return False
    mode: Optional[ast.expr] = call.args[1] if len(call.args) > 1 else None
    for item in call.keywords:
        if item.arg == "mode":
            mode = item.value
    if mode is not None and not (isinstance(mode, ast.Constant) and isinstance(mode.value, str)):
        return False
    text = "r" if mode is None else mode.value  # type: ignore[union-attr]
    if not call.args and not any(item.arg == "file" for item in call.keywords):
        return False
    if "b" in text:
        return False
    name = plan.sem.source(call)
    if text not in TEXT_READ_MODES or len(call.args) > 2 or any(
            item.arg not in ("mode", "encoding", "file") for item in call.keywords) or any(
            item.arg == "encoding" and not (isinstance(item.value, ast.Constant)
                                            and str(item.value.value).lower() in UTF8)
            for item in call.keywords) or "\n" in name:
        raise Uncertain(f"{name} is opened in text mode, and openai>=1 uploads only files "
                        f"opened in binary mode (httpx refuses a text file): open it with "
                        f"\"rb\", then run again")
    return True


def _binary_open(plan: "CallPlan", call: ast.Call) -> str:
    """`open(<path>, "rb")` for a text-mode open() call (`_text_mode`), in its quotes."""
    sem = plan.sem
    path = call.args[0] if call.args else next(
        item.value for item in call.keywords if item.arg == "file")
    mode = call.args[1] if len(call.args) > 1 else next(
        (item.value for item in call.keywords if item.arg == "mode"), None)
    quote = "'" if mode is not None and sem.source(mode).lstrip("rRuUbBfF").startswith("'") \
        else '"'
    return f"{sem.source(call.func)}({sem.source(path)}, {quote}rb{quote})"


def sync_method(legacy: LegacyCall) -> str:
    """`create` for `acreate`: 0.x named each async variant with a leading `a`."""
    return legacy.method[1:] if legacy.is_async else legacy.method


@dataclass(frozen=True)
class ModuleApiMigration(Migration):
    """A v0 resource method that v1 keeps on the client (`methods`, sync and async variants)
    as `resource.v1_name`, taking the keywords `accepted` (`Migration.accepted`)."""

    v1_name: str = "create"
    id_name: str = ""  # the v0 keyword of the object's id, passed first by position in v1

    def v1_method(self, legacy: LegacyCall) -> str:
        return self.v1_name

    def arguments(self, plan: "CallPlan") -> List[cst.Arg]:
        not_on_azure(plan)
        check_accepted(plan, self.accepted | ({self.id_name} if self.id_name else set()))
        args = list(plan.cst_call.args)
        return first_positional(args, self.id_name) if self.id_name else args


__all__ = ["COMPUTED", "ModuleApiMigration", "binary_uploads", "check_accepted", "first_positional",
           "named_model", "not_on_azure", "replacement", "sync_method", "target_name",
           "with_model", "without"]
