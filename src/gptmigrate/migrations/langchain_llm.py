"""langchain's OpenAI LLM (GM112) -> langchain_openai.ChatOpenAI, where every use is certain.

`llm = OpenAI(model_name="text-davinci-003", temperature=0)` calls the Completions API, which
has no live model since 2026-09-28. It becomes `llm = ChatOpenAI(model="<the table's chat
target>", ...)` imported from langchain_openai, and each use of `llm` that returned a string
returns it again: `llm.invoke(x)`, `llm.predict(x)` and `llm(x)` become
`llm.invoke(x).content` (a chat model returns a message). Rewritten only when the class is
imported alone (`from langchain.llms import OpenAI`), used once, the instance is assigned to a
name once, and every read of that name is one of those calls; anything else (a chain, a pipe,
`generate()`, `stream()`) stays manual, since a message reaches it where a string did.

Checked on langchain-openai 1.8.1 / langchain-core 1.8.3: ChatOpenAI takes `model=`
(`model_name` is the field), `temperature`, `max_tokens`, `openai_api_key` / `api_key`,
`openai_api_base` / `base_url`, `openai_organization`, `request_timeout` / `timeout`,
`max_retries`, `streaming`, `n`, `top_p`, `presence_penalty`, `frequency_penalty`; BaseLLM
has no `predict` any more; `invoke(input, config=None, *, stop=None)` takes a string.
Parameters the chat target rejects follow the table's parameter rules (dropped where only the
default is accepted, manual where unsupported). Fixtures:
tests/fixtures/GM112-completion-model-wrapper.
"""

from __future__ import annotations

import ast
from dataclasses import replace
from typing import TYPE_CHECKING, Dict, List, Tuple

import libcst as cst

from gptmigrate.migrations.base import Uncertain, drop_last_argument
from gptmigrate.migrations.langchain_imports import azure_through_openai
from gptmigrate.detect import call_arguments
from gptmigrate.types import Edit, Finding, Fix, FixSafety

if TYPE_CHECKING:
    from gptmigrate.rewrite import Planner

CODE = "GM112"
CARRIED = frozenset({"temperature", "max_tokens", "openai_api_key", "api_key", "openai_api_base",
                     "base_url", "openai_organization", "organization", "request_timeout",
                     "timeout", "max_retries", "streaming", "n", "top_p", "presence_penalty",
                     "frequency_penalty"})
MODEL_ARGUMENTS = ("model_name", "model")
STRING_METHODS = ("invoke", "predict")


def wrapper_fix(planner: "Planner", finding: Finding, call: ast.Call) -> Finding:
    """The fix of one GM112 finding, or the finding with what to do by hand."""
    try:
        fix = _plan(planner, call)
    except Uncertain as exc:
        return replace(finding, message=f"{finding.message}. Not rewritten: {exc}")
    return replace(finding, fix_safety=FixSafety.UNSAFE, fix=fix)


def _plan(planner: "Planner", call: ast.Call) -> Fix:
    sem = planner.sem
    if not isinstance(call.func, ast.Name):
        raise Uncertain("the class is reached through an attribute: import ChatOpenAI from "
                        "langchain_openai and call it by hand")
    azure = azure_through_openai(sem, {call.func.id: "OpenAI"})
    if azure:
        raise Uncertain(azure)
    edits: List[Edit] = [_import_edit(planner, call.func)]
    holder = sem.parent(call)
    if not (isinstance(holder, ast.Assign) and len(holder.targets) == 1
            and isinstance(holder.targets[0], ast.Name)):
        raise Uncertain("the LLM is not assigned to a name, so its uses cannot be followed: "
                        "use ChatOpenAI(model=...) and read .content of what invoke() returns")
    name = holder.targets[0]
    key = sem.binding_of(name)
    if len(sem.sites(key)) != 1:
        raise Uncertain(f"{name.id} is assigned more than once; move it by hand")
    reads = sem.reads(key)
    if not reads:
        raise Uncertain(f"{name.id} is not used here (it may be used from another module)")
    for read in reads:
        edits.extend(_use_edits(planner, read))
    target = _target(planner, call)
    start, end = sem.span(call)
    code, notes = _new_call(planner, call, target)
    edits.append(sem.edit(start, end, code))
    edits.sort(key=lambda e: (e.start, e.end))
    for left, right in zip(edits, edits[1:]):
        if right.start < left.end:
            raise Uncertain("the LLM is used inside its own construction")
    return Fix(FixSafety.UNSAFE, tuple(edits),
               f"Rewrite as langchain_openai.ChatOpenAI on {target} (the Completions API has "
               f"no live model); invoke() / predict() / calls read .content of the message"
               + "".join(f"; {note}" for note in notes))


def _import_edit(planner: "Planner", func: ast.Name) -> Edit:
    sem = planner.sem
    key = sem.binding_of(func)
    sites = sem.sites(key)
    statement = sem.parent(sites[0]) if len(sites) == 1 else None
    if not (isinstance(statement, ast.ImportFrom) and len(statement.names) == 1
            and statement.names[0] is sites[0] and sites[0].asname is None):  # type: ignore
        raise Uncertain(f"{func.id} is not imported alone under its own name (`from ... import "
                        f"OpenAI`): import ChatOpenAI from langchain_openai by hand")
    if len(sem.reads(key)) != 1:
        raise Uncertain(f"{func.id} is used more than once: move each use to ChatOpenAI by hand")
    start, end = sem.span(statement)
    if "#" in sem.text[start:end]:
        raise Uncertain("the import holds a comment; import ChatOpenAI from langchain_openai by "
                        "hand")
    return sem.edit(start, end, "from langchain_openai import ChatOpenAI")


def _use_edits(planner: "Planner", read: ast.Name) -> List[Edit]:
    """`llm(x)` / `llm.predict(x)` / `llm.invoke(x)` -> `llm.invoke(x).content`."""
    sem = planner.sem
    up = sem.parent(read)
    if isinstance(up, ast.Call) and up.func is read:
        used = up
        if len(up.args) > 1 or any(k.arg is None for k in up.keywords):
            raise Uncertain(f"{read.id}(...) on line {read.lineno} passes more than the prompt "
                            f"positionally: call {read.id}.invoke(prompt, stop=...) by hand")
        end = sem.span(read)[1]
        first = sem.edit(end, end, ".invoke")
    elif isinstance(up, ast.Attribute) and up.attr in STRING_METHODS \
            and isinstance(sem.parent(up), ast.Call) and sem.parent(up).func is up:  # type: ignore
        used = sem.parent(up)  # type: ignore[assignment]
        start, end = sem.span(read)[1], sem.span(up)[1]
        first = sem.edit(start, end, ".invoke")
    else:
        raise Uncertain(f"{read.id} is used on line {read.lineno} otherwise than invoke(), "
                        f"predict() or a call (a chain, a pipe, generate(), stream() ...): a chat "
                        f"model hands a message there, not a string; move it by hand")
    after = sem.span(used)[1]
    return [first, sem.edit(after, after, ".content")]


def _target(planner: "Planner", call: ast.Call) -> str:
    options = planner.options
    model = next((k.value for k in call.keywords if k.arg in MODEL_ARGUMENTS), None)
    if model is None:  # langchain's default, gpt-3.5-turbo-instruct, is retired
        return planner.default_chat()
    if not (isinstance(model, ast.Constant) and isinstance(model.value, str)):
        raise Uncertain(f"the model is computed at run time: pass a served chat model "
                        f"({planner.default_chat()}) to ChatOpenAI by hand")
    resolution = options.table.resolve(model.value, options.as_of, options.targets)
    target_row = options.table.get(resolution.target) if resolution.target else None
    if resolution.target and resolution.action in ("migrate-api", "rename") \
            and target_row is not None and target_row.api == "chat":
        return resolution.target
    raise Uncertain(f"{model.value} has no known chat replacement: choose a chat model (e.g. "
                    f"{planner.default_chat()}) and move to ChatOpenAI by hand")


def _new_call(planner: "Planner", call: ast.Call, target: str) -> Tuple[str, List[str]]:
    sem = planner.sem
    if call.args or any(k.arg is None for k in call.keywords):
        raise Uncertain("the LLM takes positional or ** arguments: name them, then run again")
    names = [k.arg for k in call.keywords]
    unknown = [name for name in names if name not in CARRIED and name not in MODEL_ARGUMENTS]
    if unknown:
        raise Uncertain(f"{unknown[0]}= has no known ChatOpenAI equivalent")
    values: Dict[str, object] = call_arguments(call)
    dropped: List[str] = []
    notes: List[str] = []
    rule = planner.options.table.parameter_rule(target)
    if rule is not None:
        verdict = rule.judge(target, values)
        if verdict.unsupported:
            raise Uncertain(f"{target} rejects {verdict.unsupported[0]}=: remove it, or choose "
                            f"a chat model that takes it ([tool.gptmigrate] targets)")
        dropped = list(verdict.dropped)
        notes = [note for note in verdict.notes if any(name in note for name in dropped)]
    parsed = cst.parse_expression(sem.source(call))
    assert isinstance(parsed, cst.Call)
    model = cst.SimpleString(f'"{target}"')
    args: List[cst.Arg] = []
    for arg in parsed.args:
        name = arg.keyword.value if arg.keyword else ""
        if name in MODEL_ARGUMENTS:
            args.append(arg.with_changes(keyword=cst.Name("model"), value=model))
        elif name in dropped:
            if arg is parsed.args[-1] and args:
                drop_last_argument(args, arg)
        else:
            args.append(arg)
    if not any(name in MODEL_ARGUMENTS for name in names):
        args.insert(0, cst.Arg(keyword=cst.Name("model"), value=model,
                               equal=cst.AssignEqual(cst.SimpleWhitespace(""),
                                                     cst.SimpleWhitespace(""))))
    new = parsed.with_changes(func=cst.Name("ChatOpenAI"), args=args)
    newline = sem.newline  # the call may span lines
    return cst.Module(body=[], default_newline=newline).code_for_node(new), notes


__all__ = ["CODE", "wrapper_fix"]
