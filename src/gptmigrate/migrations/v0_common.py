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


__all__ = ["COMPUTED", "ModuleApiMigration", "check_accepted", "first_positional",
           "named_model", "not_on_azure", "replacement", "sync_method", "target_name",
           "with_model", "without"]
