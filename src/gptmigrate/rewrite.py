"""API-shape fixes: each legacy call rewritten by the migration that handles it.

Detection reports legacy calls (GM101, GM102, GM201) and `openai.error` references (GM202) as
manual findings; this module turns each into an unsafe fix when the rewrite is certain, or into
a manual finding whose message says exactly what to do when it is not. Every fact comes from
detection's `ast` and scopes (`semantic.Semantics`): which call is legacy, which names are
OpenAI clients, where a name is bound and read. libcst parses only the call's own source text
and prints the new call, so indentation, comments and every other byte stay. A rewrite is one
set of text edits: the call, each read of its response, the module constant naming its model,
and once per module the import and the client.
"""

from __future__ import annotations

import ast
import keyword
import re
from pathlib import Path
from dataclasses import dataclass, replace
from typing import (AbstractSet, Callable, Dict, Iterable, List, Optional, Sequence, Set, Tuple,
                    Union)

import libcst as cst

from gptmigrate.detect import (LOGGING_METHODS, OPENAI_CLIENT_CLASSES, OPENAI_WRAPPERS,
                               OPENAI_V0_STAR, RENAME_HELD, DetectOptions, Detection, Detector, LegacyCall,
                               LineIndex, Span, call_arguments, defaulted_parameter,
                               detector_for, dotted_name, dict_arguments, embedding_size_kept,
                               entry_span,
                               literal_argument, lookup_default, star_imports_only_openai,
                               is_enum_class, key_in, parameter_default,
                               literal_text, parse, string_value)
from gptmigrate.migrations import Migration, Reads, Uncertain, migration_for
from gptmigrate.migrations.completions_to_chat import CompletionsToChat
from gptmigrate.migrations.base import drop_last_argument
from gptmigrate.migrations import (anthropic_messages, assistants_responses, google_genai,
                                   langchain_imports, langchain_llm, llama_index_imports,
                                   v0_embeddings_utils, v0_errors, v0_object_types, v0_resources,
                                   v0_settings, vertex_genai)
from gptmigrate.rules import REWRITTEN_CODES, needs_rewrite
from gptmigrate import cross_module, project
from gptmigrate.sdk import SdkChoice, sdk_for
from gptmigrate.semantic import ModuleFacts, Semantics
from gptmigrate.types import Edit, Finding, Fix, FixSafety

CALL_CODES = REWRITTEN_CODES - {v0_errors.CODE, anthropic_messages.PROMPT_CODE,
                                 langchain_imports.CODE, langchain_llm.CODE, google_genai.CODE,
                                 llama_index_imports.CODE, assistants_responses.CODE,
                                 vertex_genai.CODE, v0_embeddings_utils.CODE, v0_settings.CODE}


class Escapes(Uncertain):
    """The response (or an object in it) leaves what the plan can see: returned, passed on,
    stored, or read with a dict method."""

MODEL_KEYWORDS = ("model", "engine", "deployment_id")
# Builtins that walk what they are given (`enumerate(stream)`, `next(iter(stream))`).
_ITERATING_BUILTINS = frozenset({"enumerate", "iter", "next", "zip", "list", "tuple"})
KWARGS_BY_HAND = ("the call passes **kwargs (dynamic arguments): move them to the chat form by "
                  "hand (prompt= becomes messages=[{\"role\": \"user\", \"content\": prompt}])")
# 0.x resources whose create() popped `timeout=` to bound its wait for a model still loading
# (never sent); openai>=1's timeout= is the HTTP timeout.
V0_WAIT_RESOURCES = frozenset({"Completion", "ChatCompletion", "Edit", "Embedding"})
NO_OPENAI_NAME = ("the module imports names from openai but not openai itself, whose settings "
                  "the new client would read: add `import openai`, then run again")
# Per-call v0 settings: their v1 spelling on create(), or None when only a client takes them.
V0_ONLY = {"request_timeout": "timeout", "headers": "extra_headers", "api_key": None,
           "api_base": None, "organization": None, "api_version": None, "api_type": None,
           "request_id": None}


def _dict_pairs(value: ast.expr) -> Optional[List[Tuple[str, ast.expr, ast.AST]]]:
    """The entries a dict display with constant keys, or `dict(k=v, ...)`, spells: (key, value,
    the node spelling the key). None for any other expression."""
    if isinstance(value, ast.Dict) and all(
            isinstance(k, ast.Constant) and isinstance(k.value, str) for k in value.keys):
        return [(k.value, v, k) for k, v in zip(value.keys, value.values)]  # type: ignore
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) \
            and value.func.id == "dict" and not value.args \
            and all(item.arg is not None for item in value.keywords):
        return [(item.arg, item.value, item) for item in value.keywords]  # type: ignore
    return None


# 0.x's request_timeout as a key or keyword, `stream` as a dict key: what an unseen `**dict`
# may carry that a v1 call refuses or that changes its response (`Planner.unseen_keys`).
# Keys of a dict that may reach a create(**dict) of unknown content and change what the rewrite
# must do: request_timeout (a key or keyword), stream (a key), and the per-call settings openai<1
# took and openai>=1's create() refuses, stored under a subscript (`args["api_key"] = key`).
_V0_KEYS = re.compile(r"""\b(request_timeout)\b["']?\s*[:=](?!=)|["'](stream)["']\s*(?::|\]\s*=(?!=))"""
                      r"""|\[\s*["'](api_key|api_base|organization|api_type|api_version)["']\s*\]\s*=(?!=)""")


def _v0_key_spelled(text: str, where: str) -> Optional[Tuple[str, str]]:
    found = _V0_KEYS.search(text)
    return None if found is None else (where, found.group(1) or found.group(2) or found.group(3))


def _dict_streams(tree: ast.AST) -> bool:
    """`kwargs = dict(model=m, messages=ms, stream=stream)`: a dict() call whose stream= may be
    true, which a `**dict` of unknown content may carry into a call."""
    return any(isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
               and node.func.id == "dict" and any(
                   keyword.arg == "stream" and not (isinstance(keyword.value, ast.Constant)
                                                    and keyword.value.value in (False, None))
                   for keyword in node.keywords)
               for node in ast.walk(tree))


def _imported_files(importer: Path, node: ast.ImportFrom) -> List[Path]:
    """The project files `from <module> import a, b` reads: the module, and the names that
    are its submodules (`from chatgpt import core`: chatgpt/core.py)."""
    files = [project.module_file(importer, node.module, node.level)]
    prefix = f"{node.module}." if node.module else ""
    files += [project.module_file(importer, prefix + alias.name, node.level)
              for alias in node.names if alias.name != "*"]
    return list(dict.fromkeys(file for file in files if file is not None))


def _waits_for_model(legacy: LegacyCall) -> bool:
    """A 0.x create() that popped `timeout=` for its own wait (`V0_WAIT_RESOURCES`)."""
    return legacy.sdk == "v0" and legacy.resource.split(".")[-1] in V0_WAIT_RESOURCES


def _refused(parameter: str) -> bool:
    """Whether openai>=1's create() refuses a parameter 0.x's took (TypeError)."""
    return parameter in V0_ONLY or parameter in ("engine", "deployment_id")


# Fields of openai>=1's chat and completion objects, by what holds them (the last key of
# the path; "" the response itself): a `"key" in obj` test of one reads the attribute.
V1_FIELDS = {
    "": frozenset({"id", "object", "created", "model", "choices", "usage",
                   "system_fingerprint"}),
    "choices": frozenset({"index", "message", "delta", "finish_reason", "logprobs", "text"}),
    "message": frozenset({"content", "role", "function_call", "tool_calls", "refusal"}),
    "delta": frozenset({"content", "role", "function_call", "tool_calls", "refusal"}),
    "function_call": frozenset({"name", "arguments"}),
    "usage": frozenset({"prompt_tokens", "completion_tokens", "total_tokens"}),
}
# What openai<1's OpenAIObject carried beside the API's fields (read as attributes); v1's
# response objects have none of them.
V0_OBJECT_ONLY = {
    "response_ms": "the request's duration in milliseconds",
    "api_key": "the key the request used", "api_base": "the base URL the request used",
    "api_version": "the API version the request used",
    "api_type": "the API type the request used", "organization": "the request's organization",
    "engine": "the engine the request named", "typed_api_type": "the request's API type",
}
API_TYPE_AT_RUN_TIME = ("the module decides openai.api_type at run time (set computed, inside "
                        "a function or under a condition, to several values, or left to "
                        "OPENAI_API_TYPE in the environment): create the OpenAI or AzureOpenAI "
                        "client by hand")
# Per-call v0 settings a v1 client takes for one call (`client.with_options(api_key=...)`); a
# None there keeps the client's own, as None kept the module's in 0.x.
CALL_CLIENT_OPTIONS = {"api_key": "api_key", "api_base": "base_url",
                       "organization": "organization"}
# A 0.x call naming its own API type (`api_type="azure"`, 0.x's way to mix OpenAI and Azure in
# one process) gets a client made for it from its own settings: their names there. The
# api_type itself goes (the class says it), and so does api_version on OpenAI (0.x sent it
# only as an OpenAI-Version header, which the API ignores).
OWN_API_TYPES = {"azure": True, "open_ai": False, "openai": False}
OWN_CLIENT_OPTIONS = {
    True: {"api_key": "api_key", "api_base": "azure_endpoint", "api_version": "api_version",
           "organization": "organization"},
    False: {"api_key": "api_key", "api_base": "base_url", "organization": "organization"}}
OWN_CLIENT_NEEDS = {True: ("api_base", "api_version", "api_key"), False: ("api_key",)}
# openai<1 sent the OpenAI-Organization header only for a non-empty organization, openai>=1
# whenever it is not None: an empty one (a settings form left blank) means "not set" as before.
# (An empty api_base or api_key failed in both: no `or None` there.)
ORGANIZATION = "organization=openai.organization or None"


def _under_condition(sem: Semantics, statement: ast.stmt) -> bool:
    """`statement` runs only on some runs of its module or function: inside an `if` (but the
    `__main__` guard), a `try`, a loop or a `match`."""
    node = sem.parent(statement)
    while node is not None and not isinstance(node, (ast.Module, ast.FunctionDef,
                                                     ast.AsyncFunctionDef, ast.ClassDef)):
        if isinstance(node, ast.If) and not _main_guard(node.test):
            return True
        if isinstance(node, (ast.Try, ast.ExceptHandler, ast.For, ast.AsyncFor, ast.While,
                             ast.Match)):
            return True
        node = sem.parent(node)
    return False


def _api_type_guard(sem: Semantics, node: ast.AST) -> Optional[bool]:
    """True where `node` runs only under `if openai.api_type == "azure":`, False where it runs
    only when openai.api_type is not "azure" (the other branch, `!=`, another value); None
    where no test of openai.api_type in its function decides it."""
    child, parent = node, sem.parent(node)
    while parent is not None and not isinstance(parent, (ast.Module, ast.FunctionDef,
                                                         ast.AsyncFunctionDef, ast.ClassDef,
                                                         ast.Lambda)):
        if isinstance(parent, ast.If) and child is not parent.test:
            azure = _tests_azure(sem, parent.test)
            if azure is not None:
                return azure if child in parent.body else not azure
        child, parent = parent, sem.parent(parent)
    return None


def _tests_azure(sem: Semantics, test: ast.expr) -> Optional[bool]:
    """`openai.api_type == "azure"` (True), `openai.api_type == "open_ai"` or `!= "azure"`
    (False); None for any other test, or one that admits "azure_ad" (an Azure AD token, which
    AzureOpenAI takes otherwise than a key)."""
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1):
        return None
    sides = [test.left, test.comparators[0]]
    attribute = [side for side in sides if isinstance(side, ast.Attribute) and isinstance(
        side.value, ast.Name) and sem.setting_attribute(side, sem.scope_of(side.value))
        == "api_type"]
    if len(attribute) != 1:
        return None
    other = sides[1] if attribute[0] is sides[0] else sides[0]
    items = other.elts if isinstance(other, (ast.Tuple, ast.List, ast.Set)) else [other]
    if not items or not all(isinstance(i, ast.Constant) and isinstance(i.value, str)
                            for i in items):
        return None
    values = {item.value for item in items}  # type: ignore[attr-defined]
    if values == {"azure"}:
        azure = True
    elif any(value.startswith("azure") for value in values):
        return None
    else:
        azure = False
    op, container = test.ops[0], other is not items[0]
    if isinstance(op, (ast.In, ast.NotIn)) and not (container and attribute[0] is sides[0]):
        return None  # a substring test
    if isinstance(op, ast.Eq) and not container or isinstance(op, ast.In):
        return azure
    if isinstance(op, (ast.NotEq, ast.NotIn)) and azure:
        return False  # not "azure": OpenAI, unless the module also sets "azure_ad"
    return None


def _own_api_type(call: ast.Call) -> Optional[str]:
    """The api_type= a 0.x call passes for itself, lower-cased as 0.x read it; "" where it is
    computed; None where the call passes none."""
    keyword = next((k for k in call.keywords if k.arg == "api_type"), None)
    if keyword is None:
        return None
    value = keyword.value
    return value.value.lower() if isinstance(value, ast.Constant) \
        and isinstance(value.value, str) else ""


def _client_kind(sem: Semantics, facts: ModuleFacts, call: ast.Call) -> Optional[bool]:
    """Whether `call` runs on Azure (True) or OpenAI (False), as openai<1 chose by
    openai.api_type when the call ran; None where only the run can tell.

    The call's own api_type= decides it. Else a test of openai.api_type around the call.
    Else a call that names model= without engine= / deployment_id= ran on OpenAI (0.x
    refused it on Azure), unless the module sets "azure" unconditionally at import. Else the
    module's one api_type decides, unless it is set under a condition, computed, or to
    several values."""
    own = _own_api_type(call)
    if own is not None:
        return OWN_API_TYPES.get(own)
    api_types = [s for s in facts.settings if s.attribute == "api_type"]
    types = facts.api_types()
    guard = _api_type_guard(sem, call)
    if guard is not None:
        return None if not guard and types - {"open_ai", "openai", "azure"} else guard
    azure_at_import = any(s.scope.parent is None and not _under_condition(sem, s.statement)
                          and not (isinstance(s.value, ast.Constant)
                                   and isinstance(s.value.value, str)
                                   and not s.value.value.startswith("azure"))
                          for s in api_types)
    names = {k.arg for k in call.keywords}
    if "model" in names and not names & {"engine", "deployment_id"} and not azure_at_import:
        return False
    if not api_types and _reads_api_type(sem):
        return None  # OPENAI_API_TYPE in the environment chose it, as 0.x read it at import
    switched = any(_under_condition(sem, s.statement) or (
        s.scope.parent is not None
        and not isinstance(sem.parent(s.statement), (ast.FunctionDef, ast.AsyncFunctionDef)))
        for s in api_types)
    if switched or None in types or types - {"open_ai", "openai", "azure"} \
            or ("azure" in types and types & {"open_ai", "openai"}):
        return None
    return "azure" in types


def _environment_deployment(keyword: str, environment: Optional[str]) -> str:
    """Why a 0.x call naming a deployment in a module that configures no Azure stays manual:
    OPENAI_API_TYPE in the environment made it an Azure call."""
    why = f" ({environment})" if environment else ""
    return (f"{keyword}= names an Azure deployment{why}, and the module leaves Azure's "
            f"settings to the environment (OPENAI_API_TYPE, OPENAI_API_BASE), which "
            f"AzureOpenAI reads under other names (AZURE_OPENAI_ENDPOINT, OPENAI_API_VERSION, "
            f"AZURE_OPENAI_API_KEY): create the AzureOpenAI client by hand and pass the "
            f"deployment as model=")


def _reads_api_type(sem: Semantics) -> bool:
    """The module reads openai.api_type (`if openai.api_type == "azure":`)."""
    return any(isinstance(node.ctx, ast.Load) for node in sem.openai_attributes("api_type"))


def _main_guard(test: ast.expr) -> bool:
    return isinstance(test, ast.Compare) and isinstance(test.left, ast.Name) \
        and test.left.id == "__name__" and len(test.comparators) == 1 \
        and isinstance(test.comparators[0], ast.Constant) \
        and test.comparators[0].value == "__main__"


# -- entry point ---------------------------------------------------------------------------------


def attach_fixes(text: str, findings: Sequence[Finding], detection: Optional[Detection],
                 options: DetectOptions, sdk: SdkChoice,
                 tree: Optional[ast.Module] = None, path: Optional[str] = None) -> List[Finding]:
    """The findings with API-shape fixes (or exact manual instructions) on the legacy calls.

    Planning reads detection's facts about the module. Where detection parsed only part of
    it (`focus` left out definitions that cannot change a finding) or no tree is given, the
    module is detected whole first: a rewrite must see every read of the names it changes.
    `path` locates the module in its project: a model constant imported from another module
    moves with the calls that pass it (`project`).
    """
    moves = _module_path(path) is not None and any(
        f.code in ("GM001", "GM002") and f.fix is None and f.replacement for f in findings)
    if not needs_rewrite(findings) and not moves:
        return list(findings)
    detector = detection.detector if detection is not None else None
    left_out = tuple(detection.left_out) if detection is not None else ()
    if tree is not None and detector is not None and not _left_out_matters(text, tree, left_out):
        try:
            return _plan(text, findings, tree, detector, options, sdk, path, moves, left_out)
        except _WholeModule:
            pass  # a plan needs what focus left out: plan on the whole module
    try:
        tree = parse(text)
    except (SyntaxError, RecursionError) as exc:
        why = (f"the module does not parse as a whole (line {getattr(exc, 'lineno', '?')}: "
               f"{getattr(exc, 'msg', exc)}); fix that first")
        return [replace(f, message=f"{f.message}. Not rewritten: {why}")
                if f.code in REWRITTEN_CODES and f.fix is None else f for f in findings]
    return _plan(text, findings, tree, detector_for(tree, text, options), options, sdk, path,
                 moves, ())


class _WholeModule(Exception):
    """A plan needs code that `focus` left unparsed."""


def _plan(text: str, findings: Sequence[Finding], tree: ast.Module, detector: Detector,
          options: DetectOptions, sdk: SdkChoice, path: Optional[str], moves: bool,
          left_out: Sequence[Tuple[int, int]]) -> List[Finding]:
    """Every finding with its fix or its reason, planned on `tree` (which lacks `left_out`)."""
    sem = Semantics(text, tree, detector)
    planner = Planner(sem, options, sdk, _spelled_anywhere(text, CLIENT_NAMES), path, left_out)
    out: List[Finding] = []
    assistants = assistants_responses.plan_findings(planner, findings, detector.legacy_nodes) \
        if any(f.code == assistants_responses.CODE for f in findings) else {}
    for index, finding in enumerate(findings):
        if index in assistants:
            out.append(assistants[index])
            continue
        try:
            out.append(_printed_as_written(sem, _planned(planner, finding, out, moves)))
        except UNFORESEEN as exc:
            # A shape the planner did not foresee: report it, never stop the run for it.
            out.append(replace(finding, message=f"{finding.message}. Not rewritten: the "
                                                f"rewriter cannot handle this "
                                                f"({type(exc).__name__}); rewrite it by hand"))
    if not sdk.v0:  # openai<1 still has openai.error
        out = _calls_beside_manual_clauses(sem, detector, out)
    out = _outside_manual_calls(sem, detector, out)
    return _held_renames(planner, _base_errors_around_manual_calls(sem, detector, out))


def _printed_as_written(sem: Semantics, finding: Finding) -> Finding:
    """The finding, manual where its fix would edit the expression of an f-string field
    written `{expr=}`, which prints that expression's own text."""
    if finding.fix is None:
        return finding
    field = next((found for edit in finding.fix.edits
                  for found in [sem.debug_field(edit.start, edit.end)] if found is not None),
                 None)
    if field is None:
        return finding
    return replace(finding, fix=None, fix_safety=FixSafety.MANUAL, message=(
        f"{finding.message}. Not rewritten: line {field.lineno} prints "
        f"`{{{sem.source(field)}=}}`, an f-string field that shows its expression's own "
        f"text, which the fix would change: write that text out before the field "
        f"(`{sem.source(field)}={{...!r}}`), then rewrite by hand"))


def _held_renames(planner: "Planner", findings: List[Finding]) -> List[Finding]:
    """The model renames a manual call holds back (`Planner.held`: its response's model is
    looked up by the old names), without their fix."""
    if not planner.held:
        return findings
    return [replace(f, fix=None, fix_safety=FixSafety.MANUAL,
                    message=f"{f.message}{RENAME_HELD}{planner.held[(f.line, f.column)]}")
            if f.fix is not None and f.model is not None and (f.line, f.column) in planner.held
            else f for f in findings]


def _outside_manual_calls(sem: Semantics, detector: Detector,
                          findings: List[Finding]) -> List[Finding]:
    """A legacy call left for manual work keeps its arguments: a model rename that would also
    drop or rename its parameters (those the new model rejects) is manual too, so whoever
    rewrites the call by hand starts from the arguments as they were. (A rename of the model
    literal alone, to a successor on the same API, stays.)"""
    manual = [call for finding in findings if finding.fix is None
              for call in [detector.legacy_nodes.get(_finding_span(finding))] if call is not None]
    # `functools.partial(openai.ChatCompletion.create, model=..., ...)`: a 0.x method passed
    # as a value stays manual, and so do the arguments given with it
    manual += [holder for node, _ in detector.passed_resources()
               for holder in [sem.parent(node)]
               if isinstance(holder, ast.Call) and any(arg is node for arg in holder.args)]
    if not manual:
        return findings
    spans = [(sem.span(call), call.lineno) for call in manual]
    out = []
    for finding in findings:
        if finding.fix is None or finding.code not in ("GM001", "GM002"):
            out.append(finding)
            continue
        own = (sem.index.offset(finding.start.line, finding.start.column - 1),
               sem.index.offset(finding.end.line, finding.end.column - 1))
        inside = next((line for (start, end), line in spans if any(
            start <= edit.start and edit.end <= end
            and not (own[0] <= edit.start and edit.end <= own[1])
            for edit in finding.fix.edits)), None)
        if inside is not None:
            finding = replace(finding, fix=None, fix_safety=FixSafety.MANUAL,
                              message=f"{finding.message}{RENAME_HELD}the rename would "
                                      f"also change the arguments of the call on line "
                                      f"{inside}, which is left for manual work: rename the "
                                      f"model when you rewrite that call")
        out.append(finding)
    return out


def _calls_beside_manual_clauses(sem: Semantics, detector: Detector,
                                 findings: List[Finding]) -> List[Finding]:
    """A legacy call in a `try` one of whose except clauses keeps a 0.x error class (its GM202
    finding is manual) stays manual too: rewritten alone, it runs until the first API error,
    and then `openai.error` raises AttributeError where 0.x's handler ran."""
    kept: List[Tuple[int, int, int]] = []  # span of a manual GM202 finding, its line
    for finding in findings:
        if finding.code == v0_errors.CODE and finding.fix is None:
            kept.append((sem.index.offset(finding.start.line, finding.start.column - 1),
                         sem.index.offset(finding.end.line, finding.end.column - 1),
                         finding.start.line))
    if not kept:
        return findings
    guarded: Dict[int, int] = {}  # id of a call in a try's body -> the kept clause's line
    for node in ast.walk(sem.tree):
        if not isinstance(node, ast.Try):
            continue
        line = next((line for handler in node.handlers if handler.type is not None
                     for start, end, line in kept
                     if sem.span(handler.type)[0] <= start and end <= sem.span(handler.type)[1]),
                    None)
        if line is None:
            continue
        for statement in node.body:
            for inner in ast.walk(statement):
                if isinstance(inner, ast.Call):
                    guarded.setdefault(id(inner), line)
    out = []
    for finding in findings:
        call = detector.legacy_nodes.get(_finding_span(finding)) \
            if finding.fix is not None and finding.code in CALL_CODES else None
        line = guarded.get(id(call)) if call is not None else None
        if line is not None:
            finding = replace(finding, fix=None, fix_safety=FixSafety.MANUAL,
                              message=f"{finding.message}. Not rewritten: the except clause on "
                                      f"line {line} keeps openai<1's error class (manual, its "
                                      f"finding says why), which raises AttributeError on "
                                      f"openai>=1 as soon as an error reaches it: rewrite the "
                                      f"clause and this call together")
        out.append(finding)
    return out


def _base_errors_around_manual_calls(sem: Semantics, detector: Detector,
                                     findings: List[Finding]) -> List[Finding]:
    """`except openai.error.OpenAIError:` around a legacy call left for manual work keeps its
    0.x name: on openai>=1 that call raises APIRemovedInV1, an `openai.OpenAIError`, which the
    renamed clause would catch (a retry loop then spins for ever instead of failing)."""
    manual = {id(call) for finding in findings if finding.fix is None
              and finding.code in CALL_CODES
              for call in [detector.legacy_nodes.get(_finding_span(finding))] if call is not None}
    if not manual:
        return findings
    caught: List[Tuple[Tuple[int, int], int]] = []  # a clause's class's span, the call's line
    for node in ast.walk(sem.tree):
        if not isinstance(node, ast.Try):
            continue
        call = next((inner for statement in node.body for inner in ast.walk(statement)
                     if id(inner) in manual), None)
        if call is None:
            continue
        for handler in node.handlers:
            if handler.type is not None and any(
                    (isinstance(part, ast.Name) and part.id == v0_errors.V0_BASE)
                    or (isinstance(part, ast.Attribute) and part.attr == v0_errors.V0_BASE)
                    for part in ast.walk(handler.type)):
                caught.append((sem.span(handler.type), call.lineno))
    if not caught:
        return findings
    out = []
    for finding in findings:
        fix = finding.fix
        line = None
        if fix is not None and finding.code == v0_errors.CODE:
            imported = _imports_base(sem, finding)
            line = next((line for (start, end), line in caught if imported or any(
                start <= edit.start < end or edit.start <= start < edit.end
                for edit in fix.edits)), None)
        if line is not None:
            finding = replace(finding, fix=None, fix_safety=FixSafety.MANUAL,
                              message=f"{finding.message}. Not rewritten: the call on line "
                                      f"{line}, left for manual work, raises APIRemovedInV1 "
                                      f"on openai>=1, an openai.OpenAIError, which this clause "
                                      f"would catch once renamed: rename it when you rewrite "
                                      f"that call")
        out.append(finding)
    return out


def _imports_base(sem: Semantics, finding: Finding) -> bool:
    """Whether `finding` is on an import of 0.x's base class (`from openai.error import
    OpenAIError`), which its fix would make openai>=1's."""
    start = sem.index.offset(finding.start.line, finding.start.column - 1)
    statement = next((node for node in sem.tree.body if isinstance(node, ast.ImportFrom)
                      and sem.span(node)[0] <= start < sem.span(node)[1]), None)
    return statement is not None and any(alias.name == v0_errors.V0_BASE
                                         for alias in statement.names)


# What a planner's unforeseen shape raises (a bug in planning, never the user's fault).
UNFORESEEN = (cst.CSTValidationError, ValueError, KeyError, IndexError, TypeError,
              AttributeError)


def _planned(planner: "Planner", finding: Finding, planned: List[Finding],
             moves: bool) -> Finding:
    """One finding with its fix or its reason (`planned`: the findings before it)."""
    sem, sdk, detector = planner.sem, planner.sdk, planner.sem.detector
    if finding.fix is not None:
        return finding
    if moves and finding.code in ("GM001", "GM002") and finding.replacement:
        return planner.constant_fix(finding)
    if finding.code == v0_errors.CODE:
        return v0_errors.error_fix(sem, finding, sdk, planner.path)
    if finding.code == v0_settings.CODE:
        return v0_settings.read_fix(planner, finding)
    if finding.code == langchain_imports.CODE:
        return langchain_imports.import_fix(sem, finding)
    if finding.code == v0_object_types.CODE and not sdk.v0:
        typed = v0_object_types.import_fix(sem, finding)
        if typed is None:
            imports = _leading_imports(sem.tree)
            typed = v0_object_types.annotation_fix(
                sem, finding, sem.line_end(imports) if imports is not None else None)
        if typed is not None:
            return typed
    if finding.code == v0_embeddings_utils.CODE and not sdk.v0:
        return v0_embeddings_utils.import_fix(sem, finding)
    if finding.code == llama_index_imports.CODE:
        return llama_index_imports.import_fix(sem, finding)
    if finding.code == anthropic_messages.PROMPT_CODE:
        return anthropic_messages.prompt_import_fix(planner, finding)
    if finding.code == google_genai.CODE:
        return google_genai.module_fix(planner, finding)
    if finding.code == vertex_genai.CODE:
        return vertex_genai.module_fix(planner, finding, planned)
    if finding.code == google_genai.PALM_CODE:
        return google_genai.covered(finding, planned)
    call = detector.legacy_nodes.get(_finding_span(finding))
    if call is None:
        return finding
    if finding.code == langchain_llm.CODE:
        return langchain_llm.wrapper_fix(planner, finding, call)
    if finding.code not in CALL_CODES:
        return finding
    try:
        fix = planner.plan(call)
    except Uncertain as exc:
        return replace(finding, message=f"{finding.message}. Not rewritten: {exc}")
    if fix is None:
        return finding
    return replace(finding, fix_safety=FixSafety.UNSAFE, fix=fix)


def _left_out_matters(text: str, tree: ast.Module, left_out: Sequence[Tuple[int, int]]) -> bool:
    """Whether a definition `focus` left unparsed could change a plan. It holds no `openai`
    (the prefilter would have kept it), so no call, setting or client; it matters only if it
    reads a name the module assigns at its top level (a response or a model constant)."""
    if not left_out:
        return False
    assigned: Set[str] = set()
    for statement in tree.body:
        targets = statement.targets if isinstance(statement, ast.Assign) else (
            [statement.target] if isinstance(statement, (ast.AnnAssign, ast.AugAssign, ast.For,
                                                         ast.AsyncFor)) else [])
        for target in targets:
            assigned.update(node.id for node in ast.walk(target) if isinstance(node, ast.Name))
    if not assigned:
        return False
    index = LineIndex(text)
    for first, last in left_out:
        end = index.starts[last] if last < len(index.starts) else len(text)
        if _spelled_anywhere(text, assigned, index.starts[first - 1], end):
            return True
    return False


def _logs(call: ast.Call) -> bool:
    """`log.debug(value)`, `logger.info("%s", value)`, `logging.warning(value)`."""
    return isinstance(call.func, ast.Attribute) and call.func.attr in LOGGING_METHODS


def _finding_span(finding: Finding) -> Span:
    return (finding.start.line, finding.start.column, finding.end.line, finding.end.column)


# Names the rewrite may give a new client (`Planner.client_name`): one the module spells
# anywhere (code, strings or comments) is never taken.
CLIENT_PREFIXES = ("", "openai_", "llm_", "oai_", "sdk_")
CLIENT_NAMES = frozenset(f"{prefix}{base}" for prefix in CLIENT_PREFIXES
                         for base in ("client", "aclient", "azure_client", "azure_aclient"))
_EXPRESSION = cst.Module(body=[])  # prints one expression's code


def _spelled_anywhere(text: str, words: AbstractSet[str], start: int = 0,
                      end: Optional[int] = None) -> Set[str]:
    """The `words` that occur in text[start:end] as whole words (code, strings or comments)."""
    end = len(text) if end is None else end
    return {word for word in words if _whole_word_at(text, word, start, end)}


def _whole_word_at(text: str, word: str, start: int, end: int) -> bool:
    """Whether `word` occurs in text[start:end] with no word character on either side.
    str.find skips ahead in C; a regex led by a lookbehind would step through every character."""
    at = text.find(word, start, end)
    while at >= 0:
        after = at + len(word)
        if (at == 0 or not _is_word_char(text[at - 1])) and (
                after == end or not _is_word_char(text[after])):
            return True
        at = text.find(word, at + 1, end)
    return False


def _is_word_char(char: str) -> bool:
    """What `\\w` matches in a str pattern."""
    return char.isalnum() or char == "_"


# -- the planner: what is common to every migration ----------------------------------------------


class Planner:
    """Plans the calls of one module; remembers which calls are being planned, so a model
    constant shared by several calls is changed only if all of them are rewritten."""

    def __init__(self, sem: Semantics, options: DetectOptions, sdk: SdkChoice,
                 taken: AbstractSet[str] = frozenset(), path: Optional[str] = None,
                 left_out: Sequence[Tuple[int, int]] = ()) -> None:
        self.sem = sem
        self.left_out = tuple(left_out)
        self.options = options
        self.sdk = sdk
        self.facts = sem.module_facts()
        self.taken = set(taken)
        self.path = _module_path(path)
        self._checking: Set[int] = set()
        # why a call `rewritable` was asked about gets no fix (by id), for the messages of
        # the calls that depend on it
        self.refusals: Dict[int, str] = {}
        self._tests_types: Optional[bool] = None
        # a message that only names another call's refusal -> that first refusal
        self.refusal_roots: Dict[str, str] = {}
        self._client_kinds: Optional[Set[Optional[bool]]] = None
        self._elsewhere: Optional[Dict[str, Path]] = None
        self._loops: Optional[bool] = None
        # model literals (line, column) whose rename a manual call holds back, with why
        self.held: Dict[Tuple[int, int], str] = {}
        self._unseen: Optional[List[Optional[Tuple[str, str]]]] = None

    def needs_whole_module(self, name: str) -> None:
        """Raise when code `focus` left unparsed spells `name`: a plan that must see every use
        of it is made again on the whole module."""
        index = self.sem.index
        for first, last in self.left_out:
            end = index.starts[last] if last < len(index.starts) else len(self.sem.text)
            if _spelled_anywhere(self.sem.text, {name}, index.starts[first - 1], end):
                raise _WholeModule()

    # -- model constants of other modules (`project`) -------------------------------------------

    def moved_constant(self, alias: ast.alias, statement: ast.ImportFrom) -> Optional[str]:
        """The chat model a constant imported from another module of the project moves to in
        this run, with the calls that pass it (None: it does not move)."""
        if self.path is None:
            return None
        defined = project.module_file(self.path, statement.module, statement.level)
        if defined is None:
            return None
        return project.constant_move(defined, alias.name, self.chat_move_target,
                                     self._users_rewritten)

    def chat_move_target(self, model: str) -> Optional[str]:
        """The chat target of a model whose calls must move to Chat Completions."""
        row = self.options.table.get(model)
        if row is None or row.api not in ("completions", "edits"):
            return None
        resolution = self.options.table.resolve(model, self.options.as_of, self.options.targets)
        return resolution.target if resolution.action == "migrate-api" else None

    def moved_module_constant(self, defined: Optional[Path], name: str) -> Optional[str]:
        """`config.COMPLETION_MODEL` after `import config` (or `from . import config`): the
        chat model that constant of module file `defined` moves to in this run (None: it does
        not move)."""
        if self.path is None or defined is None:
            return None
        return project.constant_move(defined, name, self.chat_move_target,
                                     self._users_rewritten)

    def _users_rewritten(self, path: Path, text: str, aliases: List[ast.alias],
                         name: str) -> bool:
        """Whether every use, in the module at `path`, of the names `aliases` bind is the model
        of a call that is rewritten to (or already calls) Chat Completions."""
        if path == self.path:
            planner = self
        else:
            try:
                tree = parse(text)
            except (SyntaxError, RecursionError):
                return False
            sem = Semantics(text, tree, detector_for(tree, text, self.options))
            planner = Planner(sem, self.options, sdk_for(str(path)),
                              _spelled_anywhere(text, CLIENT_NAMES), str(path))
        sem = planner.sem
        sem.sites((sem.names.module, ""))  # the index
        name, entry = project.split_entry(name)  # `MODELS["summary"]`: that entry's reads
        for alias in aliases:
            module = alias.name != name  # `import config`: read as config.NAME
            if module and "." in alias.name and not alias.asname:
                return False  # `import pkg.config` binds pkg
            local = alias.asname or alias.name
            keys = [key for key, sites in sem._sites.items() if key[1] == local and any(
                isinstance(site, ast.alias) and site.name == alias.name for site in sites)]
            if not keys:
                return False
            for key in keys:
                if len(sem.sites(key)) != 1:
                    return False
                for read in sem.reads(key):
                    holder = sem.parent(read)
                    if module:
                        if not (isinstance(holder, ast.Attribute) and holder.value is read):
                            return False  # the module used whole: its reads are out of sight
                        if holder.attr != name:
                            continue
                        read, holder = holder, sem.parent(holder)
                    if entry is not None:
                        if not (isinstance(holder, ast.Subscript) and holder.value is read
                                and isinstance(holder.ctx, ast.Load)):
                            return False  # the dict used whole
                        if string_value(holder.slice) != entry:
                            continue  # another entry
                        read, holder = holder, sem.parent(holder)
                    if isinstance(holder, ast.arguments):
                        # `def complete(prompt, engine=COMPLETION_MODEL)`: where it goes
                        if not planner._default_sent_only(holder, read):
                            return False
                        continue
                    if not planner._sent_by_rewritten_call(read):
                        return False
        return True

    def _sent_by_rewritten_call(self, read: ast.expr) -> bool:
        """Whether `read` is the model keyword of a call rewritten to (or already on) Chat
        Completions."""
        holder = self.sem.parent(read)
        call = self.sem.parent(holder) if isinstance(holder, ast.keyword) else None
        return isinstance(holder, ast.keyword) and holder.arg in MODEL_KEYWORDS \
            and isinstance(call, ast.Call) \
            and (self.sem.is_chat_call(call) or self.rewritable(call))

    def _default_sent_only(self, arguments: ast.arguments, default: ast.expr) -> bool:
        """Whether the parameter `default` is the default of is read, in its function, only as
        the model of calls rewritten to Chat Completions."""
        function = self.sem.parent(arguments)
        parameter = defaulted_parameter(arguments, default)
        if parameter is None or function is None:
            return False
        reads = [node for node in ast.walk(function) if isinstance(node, ast.Name)
                 and node.id == parameter]
        return bool(reads) and all(isinstance(node.ctx, ast.Load)
                                   and self._sent_by_rewritten_call(node) for node in reads)

    def constant_fix(self, finding: Finding) -> Finding:
        """A model constant of this module that other modules import and pass to calls
        moving to Chat Completions: it moves with them (an unsafe rename)."""
        sem = self.sem
        for statement in sem.tree.body:
            if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1
                    and isinstance(statement.targets[0], ast.Name)
                    and isinstance(statement.value, ast.Constant)
                    and sem.finding_span(statement.value)[:2] == (finding.start.line,
                                                                  finding.start.column)):
                continue
            assert self.path is not None
            name = statement.targets[0].id
            target = project.constant_move(self.path, name, self.chat_move_target,
                                           self._users_rewritten)
            if target is None:
                return finding
            return self._moved_with_users(finding, statement.value, name, target)
        for statement in sem.tree.body:  # `MODELS = {"summary": "text-davinci-003"}`
            if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1
                    and isinstance(statement.targets[0], ast.Name)
                    and isinstance(statement.value, ast.Dict)):
                continue
            for key, value in zip(statement.value.keys, statement.value.values):
                if key is None or string_value(key) is None or not isinstance(
                        value, ast.Constant) or sem.finding_span(value)[:2] != (
                        finding.start.line, finding.start.column):
                    continue
                assert self.path is not None
                name = project.entry_name(statement.targets[0].id, string_value(key) or "")
                target = project.constant_move(self.path, name, self.chat_move_target,
                                               self._users_rewritten)
                if target is None:
                    return finding
                return self._moved_with_users(finding, value, name, target)
        return finding

    def _moved_with_users(self, finding: Finding, literal: ast.Constant, name: str,
                          target: str) -> Finding:
        description = (f"Replace {finding.model} with {target}: {name} moves with the calls "
                       f"of the modules that import it, rewritten to Chat Completions in the "
                       f"same run")
        fix = Fix(FixSafety.UNSAFE, (_restring(self.sem, literal, target),), description)
        return replace(finding, fix_safety=FixSafety.UNSAFE, fix=fix)

    def _patched_elsewhere(self, legacy: LegacyCall) -> Optional[Tuple[str, int]]:
        """Another module of the project that imports this one (directly or through one
        module) and puts a test double in place of `legacy`'s 0.x method or resource
        (`@patch("openai.ChatCompletion.create")` in tests/test_llm.py, `patch.object(
        openai.Completion, "create")`, `monkeypatch.setattr("openai.Embedding", Fake)`): its
        file and line. Its tests then replace what this
        call was; rewritten alone, the call reaches the API instead."""
        if self.path is None or project.RUN_PATHS.get() is None:
            return None
        resource = re.escape(legacy.resource)
        method = re.escape(legacy.method or "create")
        found = project.patchers(self.path, re.compile(
            # the method or resource by name, also through a module's attribute
            # (`patch("app.llm.openai.ChatCompletion.create")`, `patch.object(tagger.openai.
            # Completion, "create")`, `patch.object(openai, "ChatCompletion", Fake)`)
            rf"""\b(?:patch(?:\.object)?|setattr)\(\s*(?:["'](?:[\w.]+\.)?openai\.{resource}"""
            rf"""(?:\.{method})?["']|(?:[\w.]+\.)?openai\.{resource}\s*,\s*["']{method}["']"""
            rf"""|(?:[\w.]+\.)?openai\s*,\s*["']{resource}["'])"""
            # assigned over (`openai.Embedding.create = fake`)
            rf"""|\bopenai\.{resource}(?:\.{method})?\s*=(?!=)"""
            # the module replaced (`llm.openai = SimpleNamespace(...)`, `sys.modules["openai"]
            # = fake`, `patch.object(llm, "openai", fake)`, `patch("app.llm.openai", fake)`)
            rf"""|\b(?!self\b)\w+\.openai\s*=(?!=)|\bsys\.modules\[\s*["']openai["']\s*\]\s*=(?!=)"""
            rf"""|\b(?:patch(?:\.object)?|setattr)\(\s*(?:[\w.]+\s*,\s*["']openai["']"""
            rf"""|["'][\w.]+\.openai["'])"""))
        return (found[0].name, found[1]) if found is not None else None

    def migration_of(self, call: ast.Call) -> Optional[Migration]:
        """The migration that rewrites `call` (None: no legacy call, or none handles it); a
        Completions call detection found going to a server of the project's own keeps
        Completions (`Detector.own_server_calls`)."""
        legacy = self.sem.legacy(call)
        if legacy is None:
            return None
        return migration_for(legacy, own_server=id(call) in self.sem.detector.own_server_calls)

    def _faked_over_http(self) -> Optional[Tuple[str, int]]:
        """A test module of the project that mentions openai and fakes the HTTP layer
        openai<1 sent its requests through (`patch.object(requests.sessions.Session,
        "request")`, `@responses.activate`, requests_mock, aioresponses, `openai.util` /
        `openai.api_requestor` patched), in this module or one reaching it: its file and
        line. openai>=1 sends requests with httpx, past that fake."""
        if self.path is None or project.RUN_PATHS.get() is None:
            return None
        found = project.patchers(self.path, _HTTP_FAKE, itself=True, spelling="openai") \
            or project.patchers(self.path, _SESSION_FAKE, itself=True)
        return (found[0].name, found[1]) if found is not None else None

    def plan(self, call: ast.Call) -> Optional[Fix]:
        fresh = id(call) not in self._checking
        self._checking.add(id(call))
        try:
            legacy = self.sem.legacy(call)
            migration = self.migration_of(call)
            if legacy is None or migration is None:
                return None
            if self.sem.detector.runs_only_on_v0(call.func):
                raise Uncertain(
                    "this branch runs only with openai-python < 1.0 (a version check sends "
                    "1.x elsewhere), and 0.x has no client to call: fix the request there by "
                    "hand (a served model, Chat Completions), or drop the branch")
            patch = self.sem.detector.patched(legacy)
            if patch is not None and legacy.sdk == "v0":
                raise Uncertain(
                    f"{legacy.target} is patched on line {patch.lineno} with a stand-in in "
                    f"openai<1's shape: rewrite this call, the patch (of the client's method) "
                    f"and its fake response (openai>=1's objects, read by attribute) together")
            patched_elsewhere = self._patched_elsewhere(legacy)
            if patched_elsewhere is not None and legacy.sdk == "v0":
                where, line = patched_elsewhere
                raise Uncertain(
                    f"{legacy.target} is patched in {where} (line {line}) with a stand-in in "
                    f"openai<1's shape: rewrite this call, that patch (of the client's "
                    f"method) and its fake response (openai>=1's objects, read by attribute) "
                    f"together")
            faked = self._faked_over_http() if legacy.sdk == "v0" else None
            if faked is not None:
                where, line = faked
                raise Uncertain(
                    f"{where} (line {line}) fakes the HTTP layer openai<1 sent its requests "
                    f"through (requests, aiohttp, openai.api_requestor); openai>=1 sends them "
                    f"with httpx, past that fake: rewrite this call together with that test "
                    f"(fake the client's method, or its transport with respx)")
            plan = CallPlan(self, call, legacy, migration)
            try:
                fix = plan.build()
            except Uncertain:
                if not plan.model_moved_for_stop:
                    raise
                # the model moved only so that stop= could go: without it, the call still moves
                plan = CallPlan(self, call, legacy, migration, move_for_stop=False)
                fix = plan.build()
            if plan.model is None:
                try:
                    plan.check_model_kept()
                except ParametersFor as untraced:
                    plan = CallPlan(self, call, legacy, migration, rules_model=untraced.model)
                    fix = plan.build()
                    plan.check_model_kept()
                    fix = replace(fix, description=f"{fix.description}; {untraced.note}")
            return fix
        finally:
            if fresh:
                self._checking.discard(id(call))

    def tests_response_types(self) -> bool:
        """Whether the module tests a value against an SDK response type (`isinstance(resp,
        ChatResponse)` with ChatResponse imported from openai.openai_object or openai.types):
        the dict view the fix hands out for a response it cannot follow is neither type."""
        if self._tests_types is None:
            sem = self.sem
            imported = {alias.asname or alias.name for node in ast.walk(sem.tree)
                        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                            ("openai.openai_object", "openai.types"))
                        for alias in node.names}
            self._tests_types = any(
                isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in ("isinstance", "issubclass") and len(node.args) == 2
                and any((isinstance(part, ast.Name) and part.id in imported)
                        or "openai_object" in dotted_name(part)
                        or dotted_name(part).startswith("openai.types")
                        for part in ast.walk(node.args[1]))
                for node in ast.walk(sem.tree))
        return self._tests_types

    def rewritable(self, call: ast.Call) -> bool:
        """Whether `call` gets a fix (asked for the other users of a shared model constant)."""
        if id(call) in self._checking:
            return True
        try:
            return self.plan(call) is not None
        except Uncertain as exc:
            self.refusals[id(call)] = self.refusal_roots.get(str(exc), str(exc))
            if self.path is not None:
                project.REFUSALS[self.path, call.lineno, call.col_offset] = self.refusals[id(call)]
            return False

    def default_chat(self) -> str:
        return self.options.targets.get("chat") or (
            self.options.table.targets["chat"].model if "chat" in self.options.table.targets
            else "a served chat model")

    def settings_elsewhere(self) -> Dict[str, Path]:
        """openai settings another module of the project makes and this one does not (setting
        -> a file that makes it): a client made at import would not see them, where 0.x read
        them at each call. Worked out once per module."""
        if self._elsewhere is not None:
            return self._elsewhere
        found: Dict[str, Path] = {}
        if self.path is not None:
            own = {setting.attribute for setting in self.facts.settings}
            for name, files in project.settings_elsewhere(self.path).items():
                if name in own:
                    continue
                if name in ("api_key", "organization"):
                    found[name] = files[0]  # read where the call runs: right whoever set it
                    continue
                related = [file for file in files if project.same_process(self.path, file)]
                if related:  # a base URL or an Azure configuration of a module running with it
                    found[name] = related[0]
        self._elsewhere = found
        return found

    def unseen_keys(self) -> Optional[Tuple[str, str]]:
        """Where 0.x's `request_timeout` is written as a key or keyword, or `stream` as a dict
        key (this module, or a project module it imports names from) or a keyword of `dict()`
        here, a `**dict` of unknown content may carry it: the file and the key. Worked out once
        per module."""
        if self._unseen is None:
            found = _v0_key_spelled(self.sem.text, "this module")
            if found is None and _dict_streams(self.sem.tree):
                found = ("this module", "stream")
            path = self.path
            modules = [module for node in self.sem.tree.body if isinstance(node, ast.ImportFrom)
                       for module in _imported_files(path, node)] if path is not None else []
            for other in modules:
                if found is not None:
                    break
                try:
                    text = other.read_text(encoding="utf-8")
                except (OSError, UnicodeDecodeError):
                    continue
                found = _v0_key_spelled(text, other.name)
                if found is None and "stream" in text:
                    tree = project.module_tree(other)
                    found = (other.name, "stream") if tree is not None and _dict_streams(tree) \
                        else None
                if found is not None:
                    project.consulted(other)
            self._unseen = [found]
        return self._unseen[0]

    def loops_per_call(self) -> bool:
        """Whether the module starts event loops in a function, in a loop or in more than one
        place (`def ask(q): return asyncio.run(_ask(q))`, `for batch in ...: asyncio.run(...)`):
        each may run with an async client made for an earlier loop, whose pooled connections
        belong to that closed loop. Worked out once per module."""
        if self._loops is None:
            sem = self.sem
            for word in ("asyncio", "run_until_complete", "new_event_loop"):
                self.needs_whole_module(word)  # a runner in a definition focus left out
            starts = [node for node in ast.walk(sem.tree) if isinstance(node, ast.Call)
                      and isinstance(node.func, ast.Attribute)
                      and node.func.attr in ("run", "run_until_complete", "new_event_loop")
                      and (node.func.attr != "run" or dotted_name(node.func) == "asyncio.run")]
            self._loops = len(starts) > 1 or any(
                sem.enclosing_function(node) is not None or self._repeated(node)
                for node in starts)
        return self._loops

    def _repeated(self, node: ast.AST) -> bool:
        """Whether `node` is inside a loop or a comprehension (it may run more than once)."""
        current = self.sem.parent(node)
        while current is not None:
            if isinstance(current, (ast.For, ast.AsyncFor, ast.While, ast.ListComp, ast.SetComp,
                                    ast.DictComp, ast.GeneratorExp)):
                return True
            current = self.sem.parent(current)
        return False

    def client_kinds(self) -> Set[bool]:
        """Whether the module's calls run on Azure (True) or OpenAI (False), where the code
        tells (`_client_kind`)."""
        if self._client_kinds is None:
            self._client_kinds = {
                _client_kind(self.sem, self.facts, call)
                for call in self.sem.detector.legacy_nodes.values()} - {None}
        return self._client_kinds  # type: ignore[return-value]

    def _local_clients_only(self, name: str) -> bool:
        """`name` is spelled only as clients made inside functions (`client = OpenAI(...)`
        where an earlier fix round made one): a client made in another function, or again in
        the same one, may take it."""
        sem = self.sem
        nodes = [node for node in ast.walk(sem.tree)
                 if isinstance(node, ast.Name) and node.id == name]
        if len(nodes) != len(re.findall(rf"\b{name}\b", sem.text)):
            return False  # also in a string, a comment, an attribute or an import
        for node in nodes:
            owner, _ = sem.binding_of(node)
            if owner.kind != "def":
                return False
            if isinstance(node.ctx, ast.Store):
                statement = sem.parent(node)
                if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1
                        and isinstance(statement.value, ast.Call)
                        and sem.names.names(statement.value.func, owner)
                        & OPENAI_CLIENT_CLASSES):
                    return False
        return True

    def client_name(self, asynchronous: bool, azure: bool = False, local: bool = False,
                    apart: bool = False) -> str:
        """The client's name; `azure`: an Azure client next to OpenAI ones in one module;
        `local`: made inside a function, right before the call; `apart`: not the module's
        existing client."""
        wanted = "AsyncOpenAI" if asynchronous else "OpenAI"
        existing = self.facts.clients.get(wanted)
        if existing and not azure and not apart:
            return existing
        base = ("azure_" if azure else "") + ("aclient" if asynchronous else "client")
        names = [f"{prefix}{base}" for prefix in CLIENT_PREFIXES]
        for name in names:
            if name not in self.taken or (local and self._local_clients_only(name)):
                return name
        raise Uncertain(f"the names {', '.join(names[:-1])} and {names[-1]} are taken; create "
                        f"the client by hand")


@dataclass
class _Step:
    """One access in a response chain: a key (["x"] or .x) or an index ([0], [i])."""

    key: Optional[str]
    index_code: Optional[str] = None
    quote: str = '"'
    via_get: bool = False  # .get("key") or .get("key", default)
    default: Optional[str] = None  # the default's source
    # a quote new text may use where the chain stands (not an enclosing f-string's own)
    free_quote: str = '"'

    def path_part(self) -> str:
        return self.key if self.key is not None else "*"


class ParametersFor(Exception):
    """The call's model is untraced, and where the fix sees it, it names `model`, whose rules
    only rename parameters the call sends: the plan renames them at the call (`note` says
    why)."""

    def __init__(self, model: str, note: str) -> None:
        super().__init__(note)
        self.model, self.note = model, note


class CallPlan:
    """The rewrite of one legacy call: the migration decides the arguments and the reads;
    this class holds what every migration shares."""

    def __init__(self, planner: Planner, call: ast.Call, legacy: LegacyCall,
                 migration: Migration, move_for_stop: bool = True,
                 rules_model: Optional[str] = None) -> None:
        self.planner = planner
        self.sem = planner.sem
        self.call = call
        self.legacy = legacy
        self.migration = migration
        self.edits: List[Edit] = []
        self.notes: List[str] = []
        self.model: Optional[str] = None
        # the model the call's untraced model names wherever the fix sees it (`ParametersFor`):
        # its parameter rules apply, though the call does not write it
        self.rules_model = rules_model
        # `api_key=` and the like given to this call: `client.with_options(...)` (`_v0_settings`).
        self.client_options: List[Tuple[str, cst.BaseExpression]] = []
        # every call brings its own api_key= and nothing sets one: the options make a client
        # right before the call (`client = OpenAI(api_key=key)`), not `.with_options()`
        self.client_per_call = False
        # openai's generation: a call of v1 or of another SDK is written for a client.
        self.v1 = not planner.sdk.v0 or legacy.sdk != "v0"
        # The response as the dict the API sent (`.to_dict()`, what v0 returned): for a
        # response that leaves the plan's sight, so readers elsewhere keep indexing it.
        self.dict_view = False
        # a response (or a part) printed or logged whole is shown through the dict view
        self.shows_view = False
        # A Completions stream moved to chat whose chunks are counted, numbered or handed on:
        # the chat stream's opening chunk (the role, no text) is dropped (`OPENING_CHUNK`).
        self.drops_opening_chunk = False
        # The dict view of a coroutine handed on unawaited (`asyncio.gather`): a coroutine that
        # awaits the call and gives the view takes the call's place.
        self.view_awaited = False
        # While following a serialised copy of the response (`json.loads(json.dumps(resp))`,
        # `resp.to_dict()`): a dict in the target's shape, read with keys.
        self.dict_copy = False
        # `(<call and its read> or <default>)`: a read right at the call whose v1 value may be
        # None where v0 gave text, or that a .get() gave a default.
        self.wrap: Optional[str] = None
        # stop= that the target rejects, dropped: every read of the reply's text is cut at
        # the first stop sequence instead (`_cut_at_stop(<read>, <stop_code>)`), where the
        # value is the same (`stop_home`: the function holding the reads; None: anywhere).
        self.stop_code: Optional[str] = None
        self.stop_home: Optional[ast.AST] = None
        self.cut_at_call = False
        self.move_for_stop = move_for_stop
        # what `**kwargs` carries, by name, when every caller is known (else it is manual)
        self.kwargs_known: dict = {}
        # `**params` built in the calling function: key -> (value, where the key is written)
        self.kwargs_dict: Optional[dict] = None
        # other models the call sends besides self.model (callers' own, by value flow)
        self.other_models: List[str] = []
        self.model_moved_for_stop = False
        # `response.response_ms` read: the call goes through `.with_raw_response`, and
        # `_with_response_ms` puts the header 0.x read it from on the parsed response.
        self.response_ms = False
        # `functools.partial(create, ...)`, `executor.submit(create, ...)`: the host that
        # makes the call later (the call's response is whatever the host hands on)
        deferred = self.sem.detector.deferred.get(id(call))
        self.host: Optional[ast.Call] = deferred[1] if deferred is not None else None
        try:
            parsed = cst.parse_expression(self.sem.call_source(call))
        except cst.ParserSyntaxError:
            raise Uncertain("the call's text could not be parsed on its own; rewrite it by "
                            "hand") from None
        if not isinstance(parsed, cst.Call):
            raise Uncertain("the call's text could not be parsed on its own")
        self.positional = migration.positional.get(legacy.method, ()) \
            if legacy.sdk == "v0" else ()
        self.cst_call: cst.Call = _name_positionals(parsed, self.positional)
        self.keyword_names = [arg.keyword.value for arg in self.cst_call.args if arg.keyword]
        # the stored 0.x method a call by name reaches (`chat = openai.ChatCompletion.create`)
        self.reference: Optional[ast.Attribute] = None
        self.streams = self._streams()

    # -- the whole plan ------------------------------------------------------------------------

    def build(self) -> Fix:
        call, migration = self.cst_call, self.migration
        if not migration.rewrites:  # the endpoint is gone: say what to write, whatever the shape
            migration.arguments(self)
            raise Uncertain(f"{self.legacy.target} has no rewrite; see the rule's docs")
        self._check_deployment()
        self._check_star_arguments()
        if any(arg.keyword is None and not arg.star for arg in call.args):
            raise Uncertain("the call passes positional arguments; name them, then run again")
        if self.host is not None and (self.streams or self.asynchronous):
            raise Uncertain(f"{dotted_name(self.call.func)} is handed to "
                            f"{dotted_name(self.host.func)}, which calls it later: "
                            f"{'a stream' if self.streams else 'a coroutine'} made there is "
                            f"not followed; pass a lambda that calls the client's method "
                            f"instead, with these arguments")
        if self.host is not None and not self._host_gives_every_argument():
            raise Uncertain(f"{dotted_name(self.call.func)} is passed as a value to "
                            f"{dotted_name(self.host.func)}, whose result is called elsewhere, "
                            f"where it may be given more arguments the fix does not see: bind "
                            f"them all there (or call the client's method directly), then "
                            f"run again")
        if self.streams and migration.stream_reads is None:
            raise Uncertain("the call streams: chunks read choices[0].delta in the chat form; "
                            "rewrite the loop over the chunks by hand")
        if not self.v1 and migration.v0_resource is None:
            raise Uncertain(f"the project pins {self.planner.sdk.label} "
                            f"({self.planner.sdk.reason}); upgrade openai to >=1, then run "
                            f"--unsafe-fixes again")
        self._check_structure()
        self._check_api_version_kept()
        image_urls_inside = migration.resource == "chat.completions" and self._image_url_edits()
        args = self._parameters(self._v0_settings(migration.arguments(self)))
        planned = len(self.edits)
        try:
            outer, expr, suffix = self._response()
        except Escapes:
            legacy_view = migration.legacy_view_reads is not None and bool(
                migration.reads.renamed) and "logprobs" not in self.keyword_names
            if not (self.v1 and self.legacy.sdk == "v0"
                    and (not self.streams or self._stream_view())
                    and self.reads.is_object and (legacy_view or (
                        not migration.reads.renamed
                        # a refused read would find no key (the vision preview's
                        # finish_details only where the module spells it)
                        and not any(path not in v0_resources.FINISH_DETAILS
                                    or path[-1] in self.sem.text
                                    for path in self.reads.refused)
                        and self.stop_code is None))):  # the text inside would not be cut
                raise
            # Same response shape, another type: hand out what v0 did, the dict the API sent
            # with its keys also readable as attributes.
            if self.planner.tests_response_types():
                raise  # `isinstance(resp, ChatCompletion)`: the dict view is neither SDK's type
            if self.asynchronous and not isinstance(self.sem.parent(self.call), ast.Await):
                if self.streams or self.response_ms:
                    raise  # a coroutine of a stream handed on: its chunks cannot be wrapped
                # a coroutine handed on (asyncio.gather): one that awaits it gives the view
                self.view_awaited = True
            del self.edits[planned:]
            self.wrap = None
            self.shows_view = False
            self.dict_view = True
            self.response_ms = False
            outer, expr, suffix = self._response()
            if legacy_view:
                self.notes.append(f"the response is used beyond what the fix can follow, so "
                                  f"it stays what openai<1 returned: a completion's dict "
                                  f"(choices[i][\"text\"], keys also read as attributes; "
                                  f"{LEGACY_VIEW}(...to_dict()), a function added after the "
                                  f"imports), so readers elsewhere keep working")
            elif self.streams:
                self.notes.append(f"the stream is used beyond what the fix can follow, so "
                                  f"its chunks stay what openai<1 gave: the dicts the API "
                                  f"sent, keys also read as attributes ({OBJECT_VIEW}("
                                  f"chunk.to_dict()) for each chunk, a function added after "
                                  f"the imports), so readers elsewhere keep working")
            else:
                self.notes.append(f"the response is used beyond what the fix can follow, so "
                                  f"it stays what openai<1 returned: the dict the API sent, "
                                  f"its keys also read as attributes ({OBJECT_VIEW}(..."
                                  f"to_dict()), a function added after the imports), so "
                                  f"readers elsewhere keep working")
        func = self._func()
        if self.reference is not None:  # `chat = openai.ChatCompletion.create`: changed there
            if self.client_options or self.client_per_call or self._own_client() is not None \
                    or self._client_inline():
                raise Uncertain(f"the call goes through a stored reference to "
                                f"{self.legacy.target} and gives the client its own settings: "
                                f"call the method directly, then run again")
            self.edits.append(self.sem.edit(*self.sem.span(self.reference),
                                            _EXPRESSION.code_for_node(func)))
            func = call.func
        new_call = migration.finish(self, call.with_changes(func=func, args=args))
        if image_urls_inside:
            new_call = new_call.visit(_ImageUrlObjects())
        call_code = cst.Module(body=[], default_newline=_newline(self.sem.text)).code_for_node(
            new_call)
        text = self.sem.text
        start, end = self.sem.span(outer)
        call_start, call_end = self.sem.span(self.call)
        expr_start, expr_end = self.sem.span(expr)
        base_end = self._base_end(expr) if suffix else expr_end
        if self.response_ms:
            call_code = f"{RESPONSE_MS}({call_code})"
        legacy_view = self.dict_view and bool(migration.reads.renamed)
        view = LEGACY_VIEW if legacy_view else OBJECT_VIEW
        view_end = f", {self.stop_code})" if legacy_view and self.stop_code else ")"
        if self.host is not None:  # partial(lambda **kwargs: _openai_object(...), model=...)
            function = cst.Module(body=[]).code_for_node(new_call.func)
            arguments = call_code[len(function) + 1:]
            content = (text[start:call_start] + f"lambda **kwargs: {view}({function}(**kwargs)"
                       f".to_dict(){view_end}" + ("" if arguments == ")" else ",") + arguments)
        elif self.view_awaited:  # _awaited_view(create(...), _openai_object): a coroutine
            content = (text[start:call_start] + f"{AWAITED_VIEW}(" + call_code + f", {view}"
                       + (f", {self.stop_code}" if legacy_view and self.stop_code else "") + ")"
                       + text[call_end:base_end] + suffix)
        elif self.dict_view and self.streams:  # (_openai_object(chunk.to_dict()) for chunk in ...)
            loop = "async for" if self.asynchronous else "for"
            content = (text[start:expr_start] + f"({OBJECT_VIEW}(chunk.to_dict()) {loop} chunk in "
                       + text[expr_start:call_start] + call_code + text[call_end:expr_end] + ")"
                       + text[expr_end:base_end] + suffix)
        elif self.drops_opening_chunk:  # _completion_chunks_async(await create(...))
            helper = OPENING_CHUNK_ASYNC if self.asynchronous else OPENING_CHUNK
            content = (text[start:expr_start] + f"{helper}(" + text[expr_start:call_start]
                       + call_code + text[call_end:expr_end] + ")" + text[expr_end:base_end]
                       + suffix)
        elif self.dict_view and expr is not self.call:  # _openai_object((await create(...)).to_dict())
            content = (text[start:expr_start] + f"{view}((" + text[expr_start:call_start]
                       + call_code + text[call_end:expr_end] + ").to_dict()" + view_end
                       + text[expr_end:base_end] + suffix)
        elif self.dict_view:
            content = (text[start:call_start] + f"{view}(" + call_code + ".to_dict()"
                       + view_end + text[call_end:base_end] + suffix)
        else:
            content = text[start:call_start] + call_code + text[call_end:base_end] + suffix
        if self.wrap is not None:  # (create(...).choices[0].message.content or "")
            content = f"({content} or {self.wrap})"
        if self.cut_at_call:
            content = f"{CUT_AT_STOP}({content}, {self.stop_code})"
        self.edits.append(self.sem.edit(start, end, content))
        client_note = ""
        if self.v1 and self.legacy.sdk == "v0":
            if self.reference is not None and (self.client_per_call or self._client_at_call()
                                               or self.planner.settings_elsewhere()):
                raise Uncertain(f"the call goes through a stored reference to "
                                f"{self.legacy.target}, and its client is made where it is "
                                f"called: call the method directly, then run again")
            # a stored reference needs the client where it is stored
            client_edits, client_note = self._client(
                start if self.reference is None else min(start, self.sem.span(self.reference)[0]))
            self.edits.extend(client_edits)
        if self.stop_code is not None or legacy_view:  # the view cuts where stop= is given
            self.edits.extend(self._helper(CUT_AT_STOP, CUT_AT_STOP_SOURCE,
                                           "cuts the reply at its stop sequence"))
        if self.dict_view or self.shows_view:
            self.edits.extend(self._helper(OBJECT_VIEW, OBJECT_VIEW_SOURCE,
                                           "reads the response as openai<1 did"))
        if legacy_view:
            self.edits.extend(self._helper(LEGACY_VIEW, LEGACY_VIEW_SOURCE,
                                           "gives a chat reply a completion's shape"))
        if self.drops_opening_chunk:
            helper, source = (OPENING_CHUNK_ASYNC, OPENING_CHUNK_ASYNC_SOURCE) \
                if self.asynchronous else (OPENING_CHUNK, OPENING_CHUNK_SOURCE)
            self.edits.extend(self._helper(helper, source,
                                           "drops the chat stream's opening chunk"))
            self.notes.append(f"the chunks are counted, numbered or handed on, so the chat "
                              f"stream's opening chunk (the role only, which a Completions "
                              f"stream never sent) is dropped ({helper}, a function added "
                              f"after the imports)")
        if self.view_awaited:
            self.edits.extend(self._helper(AWAITED_VIEW, AWAITED_VIEW_SOURCE,
                                           "awaits a response and gives its view"))
            self.notes.append(f"the coroutine is handed on, so one that awaits it and gives "
                              f"that view ({AWAITED_VIEW}, a function added after the imports) "
                              f"takes its place")
        if self.response_ms:
            self.edits.extend(self._helper(RESPONSE_MS, RESPONSE_MS_SOURCE,
                                           "keeps the response's response_ms"))
            self.notes.append(f"response.response_ms (openai<1's copy of the "
                              f"openai-processing-ms header) is read from the raw response "
                              f"({RESPONSE_MS}, a function added after the imports)")
        self.edits.sort(key=lambda e: (e.start, e.end))
        for left, right in zip(self.edits, self.edits[1:]):
            if right.start < left.end:
                raise Uncertain("the response is read inside the call's own arguments")
        description = migration.describe(self)
        if client_note:
            description += f"; {client_note}"
        if self.notes:
            description += "; " + "; ".join(self.notes)
        return Fix(FixSafety.UNSAFE, tuple(self.edits), description)

    def default_description(self) -> str:
        if self.v1:
            owner = (self._client_expression() if self.legacy.sdk == "v0" else "client")
            method = self.migration.v1_method(self.legacy) if self.legacy.sdk == "v0" \
                else "create"
            shape = f"{owner}.{self.migration.resource}.{method}"
        else:
            shape = f"openai.{self.migration.v0_resource}.{self.legacy.method}"
        description = f"Rewrite as {shape}" + (f" on {self.model}" if self.model else "")
        return description + f" for {self.planner.sdk.label}: {self.planner.sdk.reason}"

    @property
    def asynchronous(self) -> bool:
        return self.legacy.is_async

    def _streams(self) -> bool:
        stream = self.keyword("stream")
        return stream is not None and not (isinstance(stream.value, cst.Name)
                                           and stream.value.value == "False")

    def _check_deployment(self) -> None:
        """A 0.x call whose engine= / deployment_id= names what the code gives no client for.

        On Azure (the module sets openai.api_type to "azure", or a test of it guards the
        call) the deployment goes to an AzureOpenAI client as model=. A call the code leaves
        on OpenAI keeps that name as model= only when it names a model the table knows (the
        0.x spelling `engine="text-davinci-003"`): anything else names a deployment whose
        Azure settings live outside the module, or a model nothing here can vouch for.
        deployment_id= is Azure's own word, and any of them names a deployment where a
        dotenv file of the project configures Azure (`DetectOptions.azure_environment`):
        openai<1 read Azure's settings from the environment at import, under names
        AzureOpenAI does not read."""
        keyword = next((k for k in self.call.keywords if k.arg in ("engine", "deployment_id")),
                       None)
        if keyword is None or self.legacy.sdk != "v0" or self._own_client():
            return
        facts, sem = self.planner.facts, self.sem
        if self.planner.settings_elsewhere().get("api_type"):
            return  # another module decides where it runs (`_client`)
        if not facts.api_types() and _api_type_guard(sem, self.call) is None:
            environment = self.planner.options.azure_environment
            if environment is not None or keyword.arg == "deployment_id":
                raise Uncertain(_environment_deployment(keyword.arg, environment))
        if _client_kind(sem, facts, self.call) is not False:
            return  # on Azure, or only the run can tell
        spelled = self._spelled_string(keyword.value)
        if spelled is None or self.planner.options.knows_model(spelled):
            return
        named = f'"{spelled}"' if isinstance(keyword.value, ast.Constant) \
            else f'{sem.source(keyword.value)} ("{spelled}")'
        raise Uncertain(f"{keyword.arg}={named} names no model the table knows: an Azure "
                        f"deployment (its settings left to the environment or made elsewhere) "
                        f"or a model missing from the table; on Azure, create an "
                        f"AzureOpenAI(azure_endpoint=..., api_version=..., api_key=...) client "
                        f"and pass the deployment as model=; otherwise pass a served model as "
                        f"model=, then run again")

    def _spelled_string(self, value: ast.expr) -> Optional[str]:
        """The text a string literal holds, or a module constant bound once to one."""
        if isinstance(value, ast.Name):
            sem = self.sem
            key = sem.binding_of(value)
            sites = sem.sites(key)
            if len(sites) != 1 or key[0].parent is not None:
                return None
            statement = sem.parent(sites[0])
            if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1
                    and statement.targets[0] is sites[0]):
                return None
            value = statement.value
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            return value.value
        return None

    def _check_star_arguments(self) -> None:
        """`**kwargs` passes through a call whose API keeps its parameters (chat, embeddings):
        v1's create() takes the same ones, so only what v1 renamed can break it, and the fix
        says which. A call that changes API, or an Azure module (whose kwargs carry
        `engine=` deployments), stays manual."""
        stars = [arg for arg in self.cst_call.args if arg.star]
        if not stars:
            return
        facts = self.planner.facts
        if any(arg.star == "*" for arg in stars):
            raise Uncertain("the call passes *args: name its arguments, then run again")
        if not self.migration.passes_kwargs:
            known = self._kwargs_from_callers() if self.migration.kwargs_carried \
                and self.v1 else None
            if known is None and self.migration.kwargs_carried and self.v1:
                self.kwargs_dict = self._kwargs_dict() or self._own_module_options()
                if self.kwargs_dict is not None:
                    return
            if known is None:
                raise Uncertain(KWARGS_BY_HAND if self.migration.kwargs_carried else (
                    f"the call passes **kwargs (dynamic arguments), whose keys this fix cannot "
                    f"check against what client.{self.migration.resource} takes: write the "
                    f"call by hand"))
            strange = sorted(set(known) - self.migration.kwargs_carried)
            if strange:
                raise Uncertain(f"the call passes **kwargs, and its callers send "
                                f"{', '.join(name + '=' for name in strange)} through it, which "
                                f"the chat form does not take as it is: move them by hand")
            self.kwargs_known = known
            passed = ", ".join(f"{name}=" for name in sorted(known)) or "nothing"
            self.notes.append(f"**kwargs passes through: the callers send {passed}, which the "
                              f"chat form takes as it is")
            return
        if facts.azure or facts.sets_azure():
            raise Uncertain("the call passes **kwargs in a module that uses Azure: on Azure they "
                            "name the deployment with engine= or deployment_id=, which openai>=1 "
                            "takes as model= on an AzureOpenAI client; rewrite by hand")
        if not self.v1:
            raise Uncertain(f"the call passes **kwargs and the project pins "
                            f"{self.planner.sdk.label}: upgrade openai to >=1, then run again")
        entries = self._kwargs_dict()
        if entries is not None:  # built here and read only by this call: its keys change
            self._rename_keys(entries, "where the dict is built")
        else:
            # a module's `OPTIONS = {...}`: its own keys are renamed; one others read (and may
            # change) is known only to hold what its display spells
            options, owned = self._module_options()
            if options is not None and owned:
                self._rename_options(options)
            if options is not None and (owned or any(_refused(key) for key in options)):
                entries = options
        if entries is not None and "stream" in entries and not (
                isinstance(entries["stream"][0], ast.Constant)
                and entries["stream"][0].value in (False, None)):
            raise Uncertain(f"the call's **{self.call.keywords[-1].value.id} holds stream=: "  # type: ignore
                            f"pass stream= in the call itself, then run again (its reads "
                            f"change to the chunks' delta)")
        if entries is not None:
            # `params = dict(..., headers=h)` built here: what v1's create() would refuse
            refused = sorted(key for key in entries if _refused(key))
            if refused:
                raise Uncertain(f"the call's **{self.call.keywords[-1].value.id} dict holds "  # type: ignore
                                f"{', '.join(key + '=' for key in refused)}, which openai>=1's "
                                f"create() does not take (headers= is extra_headers=, "
                                f"request_timeout= is timeout=, engine= and deployment_id= are "
                                f"model=, api_key= and api_base= go to the client): change them "
                                f"there, then run again")
        passed = ", ".join(f"**{_EXPRESSION.code_for_node(arg.value)}" for arg in stars)
        spelled = self.planner.unseen_keys() if entries is None else None
        if spelled is not None:
            where, key = spelled
            why = ("openai>=1's create() takes it as timeout= (a TypeError otherwise); rename "
                   "it where the dict is built" if key == "request_timeout" else
                   "a streamed reply is read chunk by chunk, which this rewrite cannot see; "
                   "pass stream= in the call itself" if key == "stream" else
                   "openai>=1's create() does not take it (a TypeError); the client does "
                   "(OpenAI(api_key=...), client.with_options(...)): take it out where the "
                   "dict is built")
            raise Uncertain(f"{where} spells {key} as a dict key or keyword, which may reach "
                            f"this call through {passed}: {why}, then run again")
        if entries is not None:
            held = ", ".join(f"{key}=" for key in sorted(entries)) or "nothing"
            self.notes.append(f"{passed} passes through: it holds {held}, which openai>=1's "
                              f"create() takes")
            return
        self.notes.append(f"{passed} passes through unchanged: openai>=1 takes the same "
                          f"parameters, but model= for engine= / deployment_id=, timeout= for "
                          f"request_timeout=, and no per-call api_key= / api_base= (check what "
                          f"it holds)")

    def _image_url_edits(self) -> bool:
        """Content parts this module writes with the image as a bare string (`{"type":
        "image_url", "image_url": url}`, as the first GPT-4V examples did): the API now takes
        only an object there (`{"url": url}`). Each is wrapped where its value is text (a
        string, an f-string, a concatenation or format of one, or a name bound once to such);
        any other value keeps the call manual. Those outside the call get edits; whether any
        is inside (the printed call wraps those, `_ImageUrlObjects`)."""
        inside = False
        if "image_url" not in self.sem.text:
            return inside  # (most modules: no walk per chat call)
        call_start, call_end = self.sem.span(self.call)
        for node in ast.walk(self.sem.tree):
            if not isinstance(node, ast.Dict) or not any(
                    string_value(k) == "type" and string_value(v) == "image_url"
                    for k, v in zip(node.keys, node.values) if k is not None):
                continue
            for key, value in zip(node.keys, node.values):
                if key is None or string_value(key) != "image_url" \
                        or isinstance(value, ast.Dict):
                    continue
                if not self._textual(value):
                    raise Uncertain(f"line {value.lineno} gives a content part's image_url as "
                                    f"{self.sem.source(value)}, which the API now takes only "
                                    f"as an object ({{\"url\": ...}}) and the fix cannot tell "
                                    f"apart: write it so, then run again")
                quote = self.sem.source(key)[-1]
                start, end = self.sem.span(value)
                if call_start <= start and end <= call_end:
                    inside = True
                    continue
                self.edits.append(self.sem.edit(start, start, f"{{{quote}url{quote}: "))
                self.edits.append(self.sem.edit(end, end, "}"))
        return inside

    def _textual(self, value: ast.expr, depth: int = 0) -> bool:
        """Whether `value` is certainly a str: a string or f-string, `+` / `%` / `.format()`
        of one, or a name bound once to such."""
        if isinstance(value, ast.Constant):
            return isinstance(value.value, str)
        if isinstance(value, ast.JoinedStr):
            return True
        if isinstance(value, ast.BinOp) and isinstance(value.op, (ast.Add, ast.Mod)):
            return self._textual(value.left, depth) or (
                isinstance(value.op, ast.Add) and self._textual(value.right, depth))
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) \
                and value.func.attr == "format":
            return self._textual(value.func.value, depth)
        if isinstance(value, ast.Name) and depth < 3:
            bound = self._assigned(value)
            return bound is not None and self._textual(bound, depth + 1)
        return False

    def _check_api_version_kept(self) -> None:
        """Raise where the module's `openai.api_version` (a literal, or a constant of the
        module) is a retired Azure api-version whose replacement is held (code compares it):
        an AzureOpenAI client made from it would only get 404s."""
        for setting in self.planner.facts.settings:
            value = setting.value
            if setting.attribute != "api_version" or self.legacy.sdk != "v0":
                continue
            literal = self._assigned(value) if isinstance(value, ast.Name) else value
            if not isinstance(literal, ast.Constant):
                continue
            if any(f.code == "GM106" and f.fix is None for f in self._findings_at(literal)):
                raise Uncertain(f"openai.api_version is {literal.value} (line "
                                f"{literal.lineno}), a retired api-version that stays as it "
                                f"is (GM106 there): an AzureOpenAI client made from it would "
                                f"get 404s; change it, then run again")

    def _findings_at(self, literal: ast.Constant) -> List[Finding]:
        """Detection's findings that start at `literal`."""
        sem = self.sem
        line = literal.lineno
        column = sem.index.column(line, literal.col_offset) + 1
        return [f for f in sem.detector.findings if (f.line, f.column) == (line, column)]

    def _check_structure(self) -> None:
        func = self.call.func
        if not self._names_method(func):
            self.reference = self._stored_reference()
            func = self.reference
        root = func
        while isinstance(root, ast.Attribute):
            root = root.value
        if isinstance(root, ast.Name):
            for site in self.sem.sites(self.sem.binding_of(root)):
                statement = self.sem.parent(site)
                module = getattr(statement, "module", None) or getattr(site, "name", "")
                if isinstance(site, ast.alias) and module.split(".")[0] in OPENAI_WRAPPERS \
                        and not self._runs_before(statement):
                    raise Uncertain(f"{root.id} is also bound to {module}'s {site.name} (line "
                                    f"{statement.lineno}), a library's own wrapper of openai: "
                                    f"which one this call reaches depends on the order the "
                                    f"code runs; rewrite it by hand")
        if self.legacy.guessed and isinstance(root, ast.Name) and root.id == "openai" \
                and not self.sem.sites(self.sem.binding_of(root)):
            raise Uncertain("the module uses openai without importing it: add `import openai` "
                            "at its top, then run again")
        if self.legacy.guessed:
            raise Uncertain(f"{dotted_name(func)} reaches openai through a parameter or an "
                            f"attribute, not an import: settings made through it (api_key) would "
                            f"not reach a new client; pass an openai.OpenAI client there instead "
                            f"(or build one from what it holds: OpenAI(api_key=<it>.api_key)) "
                            f"and call its chat.completions.create / embeddings.create")

    def _host_gives_every_argument(self) -> bool:
        """Whether the call the host makes gets only the arguments written there: a host that
        calls at once (`executor.submit`, `asyncio.to_thread`), or a `functools.partial` only
        called with none (`loop.run_in_executor(None, partial(...))`, `p = partial(...)`
        then `p()`)."""
        sem, host = self.sem, self.host
        assert host is not None
        if id(host) not in sem.detector.binding_hosts:
            return True

        def no_more_arguments(use: ast.AST) -> bool:
            holder = sem.parent(use)
            if isinstance(holder, ast.Call) and holder.func is use:
                return not holder.args and not holder.keywords
            return isinstance(holder, ast.Call) and isinstance(holder.func, ast.Attribute) \
                and holder.func.attr == "run_in_executor" and len(holder.args) == 2 \
                and holder.args[1] is use and not holder.keywords

        holder = sem.parent(host)
        if isinstance(holder, ast.Assign) and len(holder.targets) == 1 \
                and isinstance(holder.targets[0], ast.Name):
            key = sem.binding_of(holder.targets[0])
            reads = sem.reads(key)
            return len(sem.sites(key)) == 1 and bool(reads) and all(map(no_more_arguments, reads))
        return no_more_arguments(host)

    def _names_method(self, func: ast.expr) -> bool:
        """`openai.ChatCompletion.create`, or `ChatCompletion.create` imported from openai."""
        resource = self.legacy.resource.split(".")[-1]
        return isinstance(func, ast.Attribute) and func.attr == self.legacy.method and (
            (isinstance(func.value, ast.Attribute) and func.value.attr == resource)
            or self._imported_resource(func.value, resource))

    def _stored_reference(self) -> ast.Attribute:
        """The 0.x method the call reaches through a name (`chat = openai.ChatCompletion.create`
        then `chat(model=...)`), where that name is bound once, to it, and read only by calls
        of this module that are all rewritten: the fix changes the stored method with them."""
        sem, func = self.sem, self.call.func
        stored = (f"the call goes through a stored reference to {self.legacy.target}")
        if isinstance(func, ast.Name):
            key = sem.binding_of(func)
            sites, reads = sem.sites(key), sem.reads(key)
            exported = func.id if sem.parent(sem.parent(sites[0]) if sites else None) \
                is sem.tree else None
        elif isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
                and func.value.id == "self":
            sites, reads, exported = self._attribute_uses(func)
        else:
            raise Uncertain(f"{stored}; call it directly, then run again")
        statement = sem.parent(sites[0]) if len(sites) == 1 else None
        if not (isinstance(statement, ast.Assign) and statement.targets == sites
                and self._names_method(statement.value)):
            raise Uncertain(f"{stored} bound more than once, or not to the method itself; call "
                            f"it directly, then run again")
        calls = [sem.parent(read) for read in reads]
        if any(not isinstance(call, ast.Call) or call.func is not read
               or sem.legacy(call) is None for call, read in zip(calls, reads)):
            raise Uncertain(f"{stored}, which code also uses other than by calling it; call "
                            f"the method directly, then run again")
        calls_made: List[ast.Call] = [call for call in calls if isinstance(call, ast.Call)]
        if self.planner.path is not None and exported is not None \
                and next(project.importers(self.planner.path, exported), None) is not None:
            raise Uncertain(f"{stored}, which another module imports; call the method "
                            f"directly, then run again")
        for other in calls_made:
            if other is not self.call and not self.planner.rewritable(other):
                raise Uncertain(f"{stored}, which the call on line {other.lineno} also makes "
                                f"and which stays manual: rewrite the calls together by hand")
        return statement.value  # type: ignore[return-value]

    def _attribute_uses(self, func: ast.Attribute
                        ) -> Tuple[List[ast.AST], List[ast.AST], Optional[str]]:
        """Where `self.<name>` is stored and read, for a method's `self.<name>(...)`: every
        `.<name>` of the module, where all of them are on `self` in methods of the call's class
        (the class name, which another module could subclass; nothing here may); else
        nothing."""
        sem = self.sem
        method = sem.enclosing_function(self.call)
        owner = sem.parent(method) if method is not None else None
        if not isinstance(owner, ast.ClassDef) or sem.parent(owner) is not sem.tree or any(
                isinstance(node, ast.ClassDef) and any(
                    isinstance(base, ast.Name) and base.id == owner.name for base in node.bases)
                for node in sem.tree.body):
            return [], [], None
        self.planner.needs_whole_module(func.attr)
        uses = [node for node in ast.walk(sem.tree)
                if isinstance(node, ast.Attribute) and node.attr == func.attr]
        for node in uses:
            function = sem.enclosing_function(node)
            if not (isinstance(node.value, ast.Name) and node.value.id == "self"
                    and isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef))
                    and sem.parent(function) is owner and not function.decorator_list
                    and function.args.args and function.args.args[0].arg == "self"):
                return [], [], None
        return ([node for node in uses if isinstance(node.ctx, ast.Store)],
                [node for node in uses if isinstance(node.ctx, ast.Load)], owner.name)

    def _imported_resource(self, value: ast.expr, resource: str) -> bool:
        """`ChatCompletion` bound by `from openai import ChatCompletion` (or `*`) at the
        module's top."""
        if not isinstance(value, ast.Name):
            return False
        sites = self.sem.sites(self.sem.binding_of(value))
        if not sites and value.id == resource and resource in OPENAI_V0_STAR:
            return star_imports_only_openai(self.sem.tree)
        if len(sites) != 1 or not isinstance(sites[0], ast.alias):
            return False
        statement = self.sem.parent(sites[0])
        return isinstance(statement, ast.ImportFrom) and statement.module == "openai" \
            and not statement.level and sites[0].name == resource \
            and self.sem.parent(statement) is self.sem.tree

    # -- arguments: helpers the migrations use ------------------------------------------------

    def keyword(self, name: str) -> Optional[cst.Arg]:
        for arg in self.cst_call.args:
            if arg.keyword is not None and arg.keyword.value == name:
                return arg
        return None

    def ast_keyword(self, name: str) -> Optional[ast.keyword]:
        for item in self.call.keywords:
            if item.arg == name:
                return item
        return None

    def ast_argument(self, name: str) -> Optional[ast.expr]:
        """The value of an argument passed by keyword or (named by the migration) by position."""
        item = self.ast_keyword(name)
        if item is not None:
            return item.value
        if name in self.positional and self.positional.index(name) < len(self.call.args):
            return self.call.args[self.positional.index(name)]
        return None

    @staticmethod
    def message(role: str, content: cst.BaseExpression) -> cst.Dict:
        return cst.Dict([
            cst.DictElement(cst.SimpleString('"role"'), cst.SimpleString(f'"{role}"')),
            cst.DictElement(cst.SimpleString('"content"'), content),
        ])

    def message_list(self, messages: List[cst.Dict], index: int) -> cst.List:
        """`messages=[...]` for the argument at `index`: one message per line when the call
        spreads its arguments over lines and there are several."""
        multiline = isinstance(self.cst_call.whitespace_before_args, cst.ParenthesizedWhitespace)
        indent = _arg_indent(self.cst_call, index) if multiline and len(messages) > 1 else None
        return _message_list(messages, indent)

    def require_single_prompt(self, prompt: cst.Arg) -> None:
        """A list of prompts is a batch (one choice per prompt); chat takes one conversation
        per call. Literal lists, names bound to one anywhere in their scope, and a parameter
        that a call in the module gives a list stay manual."""
        batch = "a list of prompts is a batch; Chat Completions takes one conversation per " \
                "call: loop over the prompts, one create() each, and collect the replies"
        if isinstance(prompt.value, (cst.List, cst.Tuple, cst.ListComp)):
            raise Uncertain(batch)
        value = self.ast_keyword("prompt")
        if value is None or not isinstance(value.value, ast.Name):
            return
        site = self._list_bound(value.value)
        if site is not None:
            raise Uncertain(f"{value.value.id} (line {site.lineno}) holds a list: {batch}")
        sem = self.sem
        sites = sem.sites(sem.binding_of(value.value))
        function = sem.enclosing_function(self.call)
        if len(sites) != 1 or not isinstance(sites[0], ast.arg) or not isinstance(
                function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return
        for read in sem.reads((sem.names.module, function.name)):
            call = sem.parent(read)
            if not (isinstance(call, ast.Call) and call.func is read):
                continue
            passed = _passed_for(call, sites[0], function)
            if isinstance(passed, (ast.List, ast.Tuple, ast.ListComp, ast.GeneratorExp)) or (
                    isinstance(passed, ast.Name) and self._list_bound(passed) is not None):
                raise Uncertain(f"{value.value.id} is given a list by the call on line "
                                f"{call.lineno}: {batch}")

    def _list_bound(self, name: ast.Name) -> Optional[ast.AST]:
        """Where `name` is bound to a list or tuple (a display, a comprehension, `list(...)`)
        anywhere in its scope; None if nowhere."""
        for site in self.sem.sites(self.sem.binding_of(name)):
            statement = self.sem.parent(site)
            bound = getattr(statement, "value", None) if isinstance(
                statement, (ast.Assign, ast.AnnAssign)) else None
            if isinstance(bound, (ast.List, ast.Tuple, ast.ListComp, ast.GeneratorExp)) or (
                    isinstance(bound, ast.Call) and isinstance(bound.func, ast.Name)
                    and bound.func.id in ("list", "tuple")):
                return site
        return None

    def _model_args(self) -> List[cst.Arg]:
        found = [arg for arg in self.cst_call.args
                 if arg.keyword and arg.keyword.value in MODEL_KEYWORDS]
        if len(found) > 1:
            raise Uncertain("the call names its model twice (model=/engine=/deployment_id=)")
        return found

    def same_api_arguments(self) -> List[cst.Arg]:
        """Every argument as it is; the model named by model= (engine= and deployment_id=
        named the model on OpenAI, the deployment on Azure: model= carries either in v1).
        On Azure, `engine=`/`deployment_id=` beside `model=` names the deployment, and the
        `model=` the body carried was not what Azure served: it goes."""
        named = [arg for arg in self.cst_call.args
                 if arg.keyword and arg.keyword.value in MODEL_KEYWORDS]
        ignored = next((arg for arg in named if arg.keyword.value == "model"), None) \
            if self.on_azure and len(named) == 2 else None  # type: ignore[union-attr]
        if ignored is not None:
            deployment = next(arg for arg in named if arg is not ignored)
            self.notes.append(f"model={cst.Module(body=[]).code_for_node(ignored.value)} goes: "
                              f"on Azure {deployment.keyword.value}= names the deployment "  # type: ignore[union-attr]
                              f"that serves the call, and the model in the body was not used")
            args = [arg.with_changes(keyword=cst.Name("model")) if arg is deployment else arg
                    for arg in self.cst_call.args if arg is not ignored]
            if args and self.cst_call.args[-1] is ignored:  # the new last one ends the call
                args[-1] = args[-1].with_changes(comma=ignored.comma,
                                                 whitespace_after_arg=ignored.whitespace_after_arg)
            return args
        model_args = self._model_args()
        moved = self._model_moved_for_stop(model_args)
        if moved is None and len(model_args) == 1 and not self.on_azure:
            keyword = model_args[0].keyword
            value = self.ast_keyword(keyword.value).value if keyword else None  # type: ignore
            fallback = lookup_default(value)
            target = self._renamed_elsewhere(fallback or self._sole_default(value) or value)
            if target is not None:
                self.model = target  # its parameter rules apply (`_parameters`)
                self.notes.append(f"{self.sem.source(fallback or value)} names {target} (its "  # type: ignore[arg-type]
                                  f"module renames a retired model to it in the same run)")
            if target is not None and fallback is not None:
                self.notes.append(f"a model {self.sem.source(value)} finds instead of its "  # type: ignore[arg-type]
                                  f"fallback is sent with the parameters {target} takes")
        return [arg.with_changes(keyword=cst.Name("model"),
                                 value=moved if moved is not None else arg.value)
                if arg in model_args else arg
                for arg in self.cst_call.args]

    def _sole_default(self, value: Optional[ast.expr]) -> Optional[ast.expr]:
        """`model=model` where `model` is a parameter of the module function around the call,
        never reassigned, that no call in the project passes (`project.default_only`): its
        default (`def complete(prompt, model=DEFAULT_MODEL)`), the only value it holds."""
        if not isinstance(value, ast.Name) or self.planner.path is None:
            return None
        function = self.sem.enclosing_function(self.call)
        if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)) \
                or not isinstance(self.sem.parent(function), ast.Module):
            return None
        default = parameter_default(function.args, value.id)
        sites = self.sem.sites(self.sem.binding_of(value))
        if default is None or len(sites) != 1 or not isinstance(sites[0], ast.arg) \
                or not project.default_only(self.planner.path, function.name, value.id):
            return None
        return default

    def _renamed_elsewhere(self, value: Optional[ast.expr]) -> Optional[str]:
        """The model a retired constant of another module of the project is renamed to in this
        run (`from config import MODEL`, or `*`), where that model has parameter rules: the
        call must send what it accepts. `cross_module.hold_renames` counts on this
        for 0.x chat calls."""
        if project.RUN_PATHS.get() is None:
            return None
        if isinstance(value, ast.Subscript) and string_value(value.slice) is not None:
            found = self._other_module_constant(value.value)
            return self._model_of_entry(*found, string_value(value.slice) or "") \
                if found is not None else None
        found = self._other_module_constant(value)
        return self._model_of_constant(*found) if found is not None else None

    def _other_module_constant(self, value: Optional[ast.expr]
                               ) -> Optional[Tuple[Optional[Path], str]]:
        """The module file and name of a constant of another project module that `value`
        reads (`config.MODEL` after `import config`; `MODEL` after `from config import MODEL`
        or `*`), if it reads one."""
        planner, sem = self.planner, self.sem
        if planner.path is None:
            return None
        statement: Optional[ast.AST] = None
        if isinstance(value, ast.Attribute) and isinstance(value.value, ast.Name):
            sites = sem.sites(sem.binding_of(value.value))
            statement = sem.parent(sites[0]) if len(sites) == 1 else None
            if isinstance(statement, ast.ImportFrom) and isinstance(sites[0], ast.alias):
                submodule = project.module_file(
                    planner.path, f"{statement.module}.{sites[0].name}" if statement.module
                    else sites[0].name, statement.level)
                if submodule is not None:  # `settings.MODEL` after `from . import settings`
                    return submodule, value.attr
                # `Config.MODEL` after `from config import Config`: a class attribute
                return project.module_file(planner.path, statement.module, statement.level), \
                    f"{sites[0].name}.{value.attr}"
            if not isinstance(statement, ast.Import):
                return None
            return project.module_file(planner.path, sites[0].name, 0), value.attr  # type: ignore[union-attr]
        if not isinstance(value, ast.Name):
            return None
        sites = sem.sites(sem.binding_of(value))
        name = value.id
        if len(sites) == 1 and isinstance(sites[0], ast.alias):
            statement, name = sem.parent(sites[0]), sites[0].name
        elif not sites:  # `from config import *`
            stars = [node for node in sem.tree.body if isinstance(node, ast.ImportFrom)
                     and node.names[0].name == "*"]
            statement = stars[0] if len(stars) == 1 else None
        if not isinstance(statement, ast.ImportFrom):
            return None
        return project.module_file(planner.path, statement.module, statement.level), name

    def _model_of_constant(self, defined: Optional[Path], name: str) -> Optional[str]:
        """The model a string constant of another project module names once this run has
        renamed it, where that model has parameter rules (None otherwise)."""
        if defined is None:
            return None
        project.consulted(defined)
        found = project.definition(defined, name)
        if found is None:
            return None
        return self._renamed_model(found.literal.value, lambda target: (
            cross_module.constant_rename_blocked(defined, name, "GM001", target,
                                                 self.planner.options.table)))

    def _model_of_entry(self, defined: Optional[Path], name: str, key: str) -> Optional[str]:
        """The same for the entry under `key` of another project module's dict (`MODELS
        ["chat"]` after `from config import MODELS`), written out once there."""
        tree = project.module_tree(defined) if defined is not None else None
        if tree is None or defined is None:
            return None
        entries = project.dict_entries(tree, name, key)
        if len(entries) != 1 or not isinstance(entries[0], ast.Constant) \
                or not isinstance(entries[0].value, str):
            return None
        return self._renamed_model(entries[0].value, lambda target: (
            cross_module.table_rename_blocked(defined, name, key, "GM001", target,
                                              self.planner.options.table)))

    def _renamed_model(self, model: str,
                       blocked: Callable[[str], Optional[str]]) -> Optional[str]:
        """The model `model`, written in another module, names once this run has renamed it
        there (unless `blocked` says why a read holds the rename back), where that model has
        parameter rules; None otherwise."""
        options = self.planner.options
        row = options.table.get(model)
        if row is not None and row.status(options.as_of) == "current":
            # renamed already (a file the run fixed first), or named so from the start
            return model if options.table.parameter_rule(model) is not None else None
        if row is None or row.status(options.as_of) != "retired":
            return None
        resolution = options.table.resolve(model, options.as_of, options.targets)
        if resolution.action != "rename" or not resolution.target \
                or options.table.parameter_rule(resolution.target) is None \
                or blocked(resolution.target):
            return None  # (a rename another module's read holds back: `check_model_kept`)
        return resolution.target

    def _model_moved_for_stop(self, model_args: List[cst.Arg]) -> Optional[cst.BaseExpression]:
        """The served model a chat call with stop= moves to, written here: the model's plain
        rename cannot be made (its target rejects stop=), but this rewrite can cut the reply
        at the stop sequence instead. None: the model stays as it is."""
        value = self.ast_argument("stop")
        if not self.move_for_stop or self.migration.reads.text is None or self.streams \
                or value is None \
                or (isinstance(value, ast.Constant) and value.value is None) \
                or len(model_args) != 1 or self.on_azure:
            return None
        model = self.ast_keyword(model_args[0].keyword.value).value  # type: ignore[union-attr]
        if isinstance(model, ast.Name):
            try:  # a module constant that only rewritten or chat calls send moves with them
                model = self._constant(model)
            except Uncertain:
                return None
        if not (isinstance(model, ast.Constant) and isinstance(model.value, str)):
            return None
        table = self.planner.options.table
        row = table.get(model.value)
        if row is None or row.current:
            return None
        try:
            target = self._chat_target(literal_text(self.sem.source(model)))
        except Uncertain:
            return None
        rule = table.parameter_rule(target)
        if target == model.value or rule is None or "stop" not in rule.unsupported:
            return None
        self.model_moved_for_stop = True
        return self._chat_model(model_args[0])

    def chat_arguments(self, messages: List[cst.Dict], text_keys: Tuple[str, ...],
                       allowed: AbstractSet[str],
                       dropped: AbstractSet[str] = frozenset()) -> List[cst.Arg]:
        """The arguments of a call that moves to Chat Completions: the text arguments become
        `messages=`, the model the served chat target, `dropped` go, the rest is carried if
        chat takes it."""
        if self.on_azure:
            raise Uncertain("Azure deployments are named by their owner: deploy a chat model, "
                            "then call client.chat.completions.create(model=<deployment>, "
                            "messages=...)")
        model_args = self._model_args()
        if not model_args:
            raise Uncertain("the call names no model")
        model_arg = model_args[0]
        model_value = self._chat_model(model_arg)
        for name in self.keyword_names:
            if name not in allowed and name not in text_keys and name not in MODEL_KEYWORDS \
                    and name not in V0_ONLY and name not in dropped and not (
                        name == "timeout" and self._v0_wait_timeout()):
                raise Uncertain(f"{name}= has no known Chat Completions equivalent")
        args = list(self.cst_call.args)
        multiline = isinstance(self.cst_call.whitespace_before_args, cst.ParenthesizedWhitespace)
        first_text = next(i for i, arg in enumerate(args)
                          if arg.keyword and arg.keyword.value in text_keys)
        out: List[cst.Arg] = []
        for index, arg in enumerate(args):
            name = arg.keyword.value if arg.keyword else ""
            if arg is model_arg:
                out.append(arg.with_changes(keyword=cst.Name("model"), value=model_value))
            elif index == first_text:
                indent = _arg_indent(self.cst_call, index) if multiline and len(messages) > 1 \
                    else None
                out.append(arg.with_changes(keyword=cst.Name("messages"),
                                            value=_message_list(messages, indent)))
            elif name in text_keys or name in dropped:
                if index == len(args) - 1 and out:
                    drop_last_argument(out, arg)
                continue
            else:
                out.append(arg)
        return out

    def _v0_settings(self, args: List[cst.Arg]) -> List[cst.Arg]:
        """Per-call v0 settings: renamed where v1's create() takes them, given to the client
        for this call where it takes them (`client.with_options(api_key=...)`, not on Azure,
        whose client takes other settings), else manual."""
        out: List[cst.Arg] = []
        for index, arg in enumerate(args):
            name = arg.keyword.value if arg.keyword else ""
            if name == "timeout" and self._v0_wait_timeout():
                self.notes.append("timeout= removed: 0.x's create() only bounded its wait for a "
                                  "model still loading with it, where openai>=1's timeout= "
                                  "limits each HTTP request (0.x's request_timeout=)")
                if index == len(args) - 1 and out:
                    drop_last_argument(out, arg)
                continue
            if name not in V0_ONLY:
                out.append(arg)
                continue
            own = self._own_client()
            if own is not None and name in ("api_type", "api_version", *OWN_CLIENT_OPTIONS[own]):
                self.client_per_call = True
                option = OWN_CLIENT_OPTIONS[own].get(name)
                if option is not None:
                    self.client_options.append((option, arg.value))
                if index == len(args) - 1 and out:
                    drop_last_argument(out, arg)
                continue
            if name in CALL_CLIENT_OPTIONS and self.v1 and self.legacy.sdk == "v0" \
                    and not self.on_azure:
                if name == "api_key" and (self._keys_only_per_call() or (
                        self._client_at_call() and self._call_gives_every_setting(args))):
                    # 0.x never needed OPENAI_API_KEY here, which a client made at import
                    # reads (nor openai.api_key, which the module sets elsewhere): the client
                    # is made where the call runs, with the call's key
                    self.client_per_call = True
                self.client_options.append((CALL_CLIENT_OPTIONS[name], arg.value))
                if index == len(args) - 1 and out:
                    drop_last_argument(out, arg)
                continue
            new = V0_ONLY[name]
            if new is None or not self.v1:
                raise Uncertain(f"{name}= is a per-call v0 setting: move it to the client "
                                f"({new or name}=) by hand")
            out.append(arg.with_changes(keyword=cst.Name(new)))
        return out

    def _own_client(self) -> Optional[bool]:
        """The call names its API type itself (`api_type="azure"` or `"open_ai"`): True for
        Azure, False for OpenAI, and the client is made for the call from the call's own
        settings. None where it names none. Manual where that client cannot be certain: a
        computed or Azure AD type, or a setting the call leaves to openai's module settings
        (0.x took those for what the call left out or passed as None)."""
        own = _own_api_type(self.call)
        if own is None or not (self.v1 and self.legacy.sdk == "v0"):
            return None
        kind = OWN_API_TYPES.get(own)
        if kind is None and own.startswith("azure"):
            raise Uncertain(f"the call passes api_type={own!r}, so its api_key= is an Azure AD "
                            f"token: create AzureOpenAI(azure_endpoint=..., api_version=..., "
                            f"azure_ad_token=...) for it by hand")
        if kind is None:
            raise Uncertain("the call computes its own api_type=: create the OpenAI or "
                            "AzureOpenAI client it needs by hand")
        given = {k.arg: k.value for k in self.call.keywords if k.arg}
        missing = [name for name in OWN_CLIENT_NEEDS[kind] if name not in given or (
            isinstance(given[name], ast.Constant) and given[name].value is None)]
        settings = {s.attribute for s in self.planner.facts.settings} \
            | set(self.planner.settings_elsewhere())
        missing += sorted(name for name in ("api_base", "organization")
                          if name in settings and name in OWN_CLIENT_OPTIONS[kind]
                          and name not in missing and name not in given)
        if missing:
            made = "AzureOpenAI(azure_endpoint=..., api_version=..., api_key=...)" if kind \
                else "OpenAI(api_key=..., base_url=...)"
            raise Uncertain(f"the call passes api_type={own!r} but leaves "
                            f"{', '.join(f'{name}=' for name in missing)} to openai's module "
                            f"settings: create the {made} client for it by hand")
        return kind

    def _v0_wait_timeout(self) -> bool:
        """Whether this is a 0.x create() that took `timeout=` for itself."""
        return _waits_for_model(self.legacy)

    def _inside_expression_scope(self) -> bool:
        """Whether the call stands in a lambda or a comprehension within its statement."""
        node: Optional[ast.AST] = self.sem.parent(self.call)
        while node is not None and not isinstance(node, ast.stmt):
            if isinstance(node, (ast.Lambda, ast.ListComp, ast.SetComp, ast.DictComp,
                                 ast.GeneratorExp)):
                return True
            node = self.sem.parent(node)
        return False

    def _call_gives_every_setting(self, args: Sequence[cst.Arg]) -> bool:
        """Whether this call gives, as its own arguments, every openai setting the module (or
        another module) makes: a client made from the call's arguments alone then misses
        none of them."""
        given = {arg.keyword.value for arg in args if arg.keyword is not None}
        made = {setting.attribute for setting in self.planner.facts.settings} \
            | set(self.planner.settings_elsewhere())
        return made <= given

    def _keys_only_per_call(self) -> bool:
        """No key the module sets and no client it has: a call that brings its own key never
        needed OPENAI_API_KEY, which a client made at import without a key reads (and
        raises without, where 0.x failed only at a call that lacked one)."""
        facts = self.planner.facts
        return not facts.clients.get("AsyncOpenAI" if self.asynchronous else "OpenAI") \
            and not any(setting.attribute == "api_key" for setting in facts.settings)

    def _parameters(self, args: List[cst.Arg]) -> List[cst.Arg]:
        """The arguments the model the fix writes accepts (the table's parameter rules):
        renamed, or dropped where only the default is accepted; manual where one has no
        equivalent."""
        model = self.model or self.rules_model
        rule = self.planner.options.table.parameter_rule(model) if model else None
        if rule is None or model is None:
            return args
        values = call_arguments(self.call)
        sent = {arg.keyword.value: values.get(arg.keyword.value) for arg in args if arg.keyword}
        verdict = rule.judge(model, sent)
        for other in self.other_models:  # callers also send these models through one call
            other_rule = self.planner.options.table.parameter_rule(other)
            if verdict.changes and (other_rule is None or other_rule.judge(other, sent) != verdict):
                changed = ", ".join(f"{name}=" for name in (*verdict.dropped, *verdict.renamed,
                                                             *verdict.unsupported))
                raise Uncertain(f"the call sends {model} and {other} (its callers choose), "
                                f"and {model} rejects {changed}, which {other} takes: send "
                                f"them only for the models that take them, then run again")
        dropped = set(verdict.dropped)
        if verdict.unsupported == ("stop",) and self._stop_cut():
            dropped.add("stop")
            if self.stop_code is not None:
                self.notes.append(f"{model} takes no stop=: the reply is cut at the first "
                                  f"stop sequence instead (_cut_at_stop), where stop= ended it "
                                  f"(the model now writes past it, which costs tokens)")
        elif verdict.unsupported == ("stop",) and self.migration.reads.text is not None \
                and not self.streams:
            raise Uncertain(f"{model} rejects stop=, and the fix cuts the reply at the stop "
                            f"sequence only where stop= is written out, a parameter or a module "
                            f"constant that nothing reassigns: pass it so, or remove it if the "
                            f"call does without, then run again")
        elif verdict.unsupported:
            names = ", ".join(f"{name}=" for name in verdict.unsupported)
            raise Uncertain(f"{model} rejects {names}: remove it if the call does without "
                            f"(a stop sequence a reply must end at: cut the reply there "
                            f"yourself), or choose a chat model that takes it ([tool.gptmigrate] "
                            f"targets), then run again")
        for name, values in self.kwargs_known.items():
            for value in values:
                passed = rule.judge(model, {name: literal_argument(value)})
                if passed.changes:
                    raise Uncertain(f"the callers send {name}= through **kwargs (line "
                                    f"{value.lineno}), which {model} does not take as it "
                                    f"is: {'; '.join(passed.notes) or 'it rejects it'}; pass it "
                                    f"by name, then run again")
        out: List[cst.Arg] = []
        for arg in args:
            name = arg.keyword.value if arg.keyword else ""
            if name in dropped:
                if arg is args[-1] and out:
                    drop_last_argument(out, arg)
                continue
            if name in verdict.renamed:
                arg = arg.with_changes(keyword=cst.Name(verdict.renamed[name]))
            out.append(arg)
        self.notes.extend(verdict.notes)
        return out

    def _stop_cut(self) -> bool:
        """Whether stop= can go, with the reply's text cut where it would have stopped: the
        reads of the text are followed, and the stop value each of them sees is the one the
        call sent (a literal, a parameter or a module constant nothing reassigns, also as
        `list(...)` or `tuple(...)`)."""
        sent = self.ast_argument("stop")
        if sent is None or self.streams or self.migration.reads.text is None:
            return False
        if isinstance(sent, ast.Constant) and sent.value is None:
            return True  # no stop sequence: nothing to cut
        if _stop_literal(sent):
            self.stop_code = self.sem.source(sent)
            return True
        value = sent.args[0] if isinstance(sent, ast.Call) and len(sent.args) == 1 and any(
            self._builtin_call(sent, name) for name in ("list", "tuple")) else sent
        if isinstance(value, ast.Subscript) and isinstance(value.value, ast.Name) and (
                isinstance(value.slice, ast.Name) or string_value(value.slice) is not None):
            # `stop=STOPS[kind]`: a module dict of stop literals, read only by key, with a
            # parameter or a string for the key
            if not (self._stable_stop(value.value, lambda table: isinstance(table, ast.Dict)
                                      and all(_stop_literal(v) for v in table.values))
                    and all(isinstance(looked_up, ast.Subscript) and looked_up.value is read
                            and isinstance(looked_up.ctx, ast.Load)
                            for read in self.sem.reads(self.sem.binding_of(value.value))
                            for looked_up in [self.sem.parent(read)])
                    and (not isinstance(value.slice, ast.Name)
                         or self._stable_stop(value.slice, lambda _: False))):
                return False
        elif isinstance(value, ast.Attribute) and isinstance(value.value, ast.Name) \
                and value.value.id == "self":
            # `stop=self.stop`, set once in `__init__`: the reads of this method see it
            stores, _, owner = self._attribute_uses(value)
            method = self.sem.enclosing_function(stores[0]) if len(stores) == 1 else None
            home = self.sem.enclosing_function(self.call)
            if owner is None or not isinstance(method, ast.FunctionDef) \
                    or method.name != "__init__" or home is None:
                return False
            self.stop_home = home
        elif isinstance(value, ast.Attribute) and isinstance(value.value, ast.Name) \
                and self._module_bound(value.value)[1] is not None:
            pass  # `stop=cfg.STOP` after `from . import config as cfg`: as an imported name
        elif not (isinstance(value, ast.Name)
                  and self._stable_stop(value, lambda _: True, imported=True)):
            # a module constant assigned once holds what the call sent whatever builds it
            # (`STOP = [f"\n{name}:" for name in TOOLS]`), as does a name imported once
            # (`from config import STOP`): the cut reads the same object
            return False
        self.stop_code = self.sem.source(sent)
        return True

    def _stable_stop(self, name: ast.Name, module_value: Callable[[ast.expr], bool],
                     imported: bool = False) -> bool:
        """Whether `name` holds one value wherever the call's function reads it: a parameter
        of that function nobody reassigns (the reads it cuts are then only its own:
        `stop_home`), a module constant assigned once a value `module_value` accepts, or
        (`imported`) a name the module binds once, by a `from ... import` at its top."""
        sem = self.sem
        sites = sem.sites(sem.binding_of(name))
        if len(sites) != 1:
            return False
        site = sites[0]
        home = sem.enclosing_function(self.call)
        if isinstance(site, ast.arg):
            if home is None or site not in ast.walk(home.args):  # type: ignore[attr-defined]
                return False
            self.stop_home = home
            return True
        statement = sem.parent(site)
        if imported and isinstance(site, ast.alias) and isinstance(statement, ast.ImportFrom):
            return sem.parent(statement) is sem.tree
        return isinstance(site, ast.Name) and isinstance(statement, ast.Assign) \
            and sem.parent(statement) is sem.tree and statement.targets == [site] \
            and module_value(statement.value)

    def _cut(self, read: ast.AST, path: Tuple[str, ...], code: str) -> str:
        """`code` (the new read at `read`) cut at the stop sequence, when it reads the text."""
        if self.stop_code is None or path != self.reads.text:
            return code
        if self.stop_home is not None and self.sem.enclosing_function(read) is not self.stop_home:
            raise Uncertain(f"the reply's text is read on line {getattr(read, 'lineno', '?')}, "
                            f"where {self.stop_code} is not the stop= the call sent: rewrite by "
                            f"hand")
        return f"{CUT_AT_STOP}({code}, {self.stop_code})"

    def _helper(self, name: str, source: str, purpose: str) -> List[Edit]:
        """The module's function `name` (its `source`), added after its imports (once)."""
        sem = self.sem
        newline = _newline(sem.text)
        helper = source.replace("\n", newline)
        self.planner.needs_whole_module(name)  # an earlier fix's function, unparsed
        for site in sem.sites((sem.names.module, name)):
            if isinstance(site, (ast.FunctionDef, ast.AsyncFunctionDef)) \
                    and sem.parent(site) is sem.tree \
                    and sem.source(site) + newline == helper:
                return []  # added by an earlier fix
            raise Uncertain(f"the module already binds {name}, the name the fix gives the "
                            f"function that {purpose}")
        imports = _leading_imports(sem.tree)
        if imports is None:
            # before the first top-level statement holding a legacy call (the same place for
            # every call of the module, so their fixes add one function)
            first = self.planner.facts.first_call
            statement = next((node for node in sem.tree.body if sem.span(node)[1] > first), None)
            if statement is None:
                raise Uncertain(f"no place to add the function that {purpose}")
            line = min([statement.lineno] + [d.lineno for d in getattr(
                statement, "decorator_list", [])])
            at = sem.index.starts[line - 1]
            return [sem.edit(at, at, helper + newline * 2)]
        at = sem.line_end(imports)
        # two blank lines around it, counting those that already follow the imports
        blank = next(count for count in (2, 1, 0) if sem.text.startswith(newline * count, at))
        after = newline * (2 - blank)
        return [sem.edit(at, at, newline * 2 + helper + after)]

    # -- the model -----------------------------------------------------------------------------

    def _chat_model(self, arg: cst.Arg) -> cst.BaseExpression:
        """The served chat model for a Completions/Edits model; a same-module constant moves
        too (an edit of its literal)."""
        value = self.ast_keyword(arg.keyword.value).value  # type: ignore[union-attr]
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            target = self._chat_target(literal_text(self.sem.source(value)))
            self.model = target
            assert isinstance(arg.value, cst.SimpleString)
            return arg.value.with_changes(
                value=f"{arg.value.prefix}{arg.value.quote}{target}{arg.value.quote}")
        self._chat_model_of(value)
        return arg.value

    def _chat_model_of(self, value: ast.expr) -> None:
        """The same for a model the call names through an expression (a constant, imported
        or not, a value detection's flow follows): what holds the literal moves where it is
        written; `self.model` is the chat target. Uncertain where it cannot be followed."""
        if isinstance(value, ast.Name):
            moved = self._imported_constant(value)
            if moved is not None:
                return
            try:
                literal = self._constant(value)
            except Uncertain as exc:
                if "imported from another module" in str(exc) or not (
                        self._passed_model(value) or self._flowing(value)):
                    raise
                return
            target = self._chat_target(literal_text(self.sem.source(literal)))
            self.model = target
            if target != literal.value:
                self.edits.append(_restring(self.sem, literal, target))
            return
        if isinstance(value, ast.Attribute) and isinstance(value.value, ast.Name):
            # `import config` or `from . import config as cfg`, then `cfg.ENGINE`
            statement, module = self._module_bound(value.value)
            if module is not None or isinstance(statement, ast.Import):
                target = self.planner.moved_module_constant(module, value.attr)
                refusal = project.REFUSALS.get((self.planner.path, self.call.lineno,
                                                self.call.col_offset)) \
                    if self.planner.path is not None else None
                if target is None and refusal is not None:
                    # asked whether it moves with the constant, this call said why not
                    raise Uncertain(refusal)
                if target is None:
                    raise Uncertain(f"the model comes from {dotted_name(value)}, a constant "
                                    f"of another module: scan the project in one run (its "
                                    f"other users must move too), or set it to a served chat "
                                    f"model ({self.planner.default_chat()}) there")
                self.model = target
                self.notes.append(f"{dotted_name(value)} moves to {target} in the same run")
                return
        if isinstance(value, ast.Subscript) and string_value(value.slice) is not None:
            found = self._other_module_constant(value.value)  # `MODELS["summary"]`, imported
            defined = found[0] if found is not None else None
            target = project.constant_move(
                defined, project.entry_name(found[1], string_value(value.slice) or ""),
                self.planner.chat_move_target, self.planner._users_rewritten) \
                if found is not None and defined is not None else None
            if target is not None and defined is not None:
                self.model = target
                self.notes.append(f"{self.sem.source(value)} ({defined.name}) moves to "
                                  f"{target} in the same run")
                return
        if self._flowing(value):
            return
        raise Uncertain("the model is computed at run time: pass a served chat model "
                        f"({self.planner.default_chat()}) and move the call to Chat Completions")

    def _module_bound(self, name: ast.Name) -> Tuple[Optional[ast.AST], Optional[Path]]:
        """The import statement that binds `name` once (None: another binding, or several),
        and the project module file it binds `name` to (`import config`, `from . import config
        as cfg`; None: no project module, or a name imported from one)."""
        sites = self.sem.sites(self.sem.binding_of(name))
        statement = self.sem.parent(sites[0]) if len(sites) == 1 \
            and isinstance(sites[0], ast.alias) else None
        if not isinstance(statement, (ast.Import, ast.ImportFrom)):
            return None, None
        return statement, self._imported_module(sites[0], statement)  # type: ignore[arg-type]

    def _imported_module(self, alias: ast.alias, statement: Union[ast.Import, ast.ImportFrom]
                         ) -> Optional[Path]:
        """The project module file `import module` / `from package import module` binds as
        `alias` (None: no project module, or a name imported from one)."""
        if self.planner.path is None:
            return None
        if isinstance(statement, ast.Import):
            return project.module_file(self.planner.path, alias.name, 0)
        return project.module_file(self.planner.path, f"{statement.module}.{alias.name}"
                                   if statement.module else alias.name, statement.level)

    def _imported_constant(self, name: ast.Name) -> Optional[str]:
        """The chat model a constant imported from another module of the project moves to,
        with this call (None: it does not, or the name is not imported)."""
        sites = self.sem.sites(self.sem.binding_of(name))
        if len(sites) != 1 or not isinstance(sites[0], ast.alias):
            return None
        statement = self.sem.parent(sites[0])
        if not isinstance(statement, ast.ImportFrom):
            return None
        target = self.planner.moved_constant(sites[0], statement)
        if target is not None:
            self.model = target
            self.notes.append(f"{sites[0].name} ({statement.module or '.'}) moves to {target} "
                              f"in the same run")
        return target

    def _flowing(self, value: ast.expr, target_of: Optional[Callable[[Optional[str]], str]] = None,
                 live: Optional[Callable[[ast.Call], bool]] = None,
                 outside_checked: Optional[Callable[[ast.AST, Sequence[ast.Constant],
                                                     List[str]], None]] = None,
                 command_line: bool = True) -> bool:
        """A model that reaches the call through detection's value flow (a parameter's
        default, a class attribute, a lookup table, an environment default): every literal it
        can hold moves to its chat target when every call that takes the literal is
        rewritten too. False when a source is unknown or the literal has other uses.
        `target_of` / `live` / `outside_checked` make it another API's (Anthropic's Messages,
        `claude_model`): its target for a name, the calls already on it, and the judge of
        what callers outside the flow may pass (default: Chat Completions, and a note).
        `command_line`: an option's default counts (`args.model`, whatever the user types
        being their own choice)."""
        sem, detector = self.sem, self.sem.detector
        target_of = target_of or self._chat_target
        live = live or sem.is_chat_call
        base: ast.AST = value
        while isinstance(base, (ast.Attribute, ast.Subscript)) or (
                isinstance(base, ast.Call) and isinstance(base.func, ast.Attribute)):
            base = base.func.value if isinstance(base, ast.Call) else base.value
        scope = sem.scope_of(base) if isinstance(base, ast.Name) else sem.names.module
        sources = detector.value_sources(value, scope)
        option = detector.option_sources(value.attr) if isinstance(value, ast.Attribute) \
            and isinstance(value.value, ast.Name) and (sources is None or not sources[0]) \
            and command_line else None
        if option is not None:  # `model=args.model`, an option defaulting to a model
            if not all(user is self.call or live(user)
                       or self.planner.rewritable(user) for user in option[1]):
                return False
            sources = (option[0], [])
        if sources is None or not sources[0]:
            return False
        literals, outside = sources
        call_start, call_end = sem.span(self.call)
        if any(call_start <= sem.span(literal)[0] < call_end for literal in literals):
            return False  # a default written in the call itself: one edit cannot hold both
        targets = []
        for literal in literals:
            users = detector.literal_users(literal)
            if users is None or not self._table_sends_models(literal, live) or not all(
                    user is self.call or live(user) or self.planner.rewritable(user)
                    for user in users):
                return False
            target = target_of(literal_text(sem.source(literal)))
            held = next((f.message.split(RENAME_HELD, 1)[1] for f in self._findings_at(literal)
                         if f.fix is None and RENAME_HELD in f.message), None)
            if held is not None and target != literal.value \
                    and any(user is not self.call for user in users):
                # another call sends it, and detection keeps its name for that call's sake
                raise Uncertain(f"the model comes from {sem.source(value)}, which may also be "
                                f"{literal.value} (line {literal.lineno}), sent by another "
                                f"call too and kept there ({held}); move this call's model "
                                f"by hand")
            named = next(filter(None, (
                cross_module.names_a_file(f, sem.tree, self.planner.path)
                for f in self._findings_at(literal))), None) \
                if target != literal.value and self.planner.path is not None \
                and project.RUN_PATHS.get() is not None else None
            if named is not None:  # `MODEL + ".json"`, a cache file an earlier run wrote
                raise Uncertain(f"the model comes from {sem.source(value)} ({literal.value} on "
                                f"line {literal.lineno}): {named}")
            compared = detector.used_otherwise(literal, literal.value, target) \
                if target != literal.value else None
            if compared is not None:  # `if model == "gpt-3.5-turbo":` would change its branch
                raise Uncertain(f"the model comes from {sem.source(value)} ({literal.value} on "
                                f"line {literal.lineno}), which code compares or looks up on "
                                f"line {compared}: renaming it to {target} changes what that "
                                f"code does; move this call and that code by hand")
            targets.append(target)
            if target != literal.value:
                self.edits.append(_restring(sem, literal, target))
        self.model = targets[0]
        self.other_models = sorted(set(targets) - {self.model})
        if outside_checked is not None:
            outside_checked(base, literals, outside)
        elif outside:
            self._callers_send_no_stale_model(base, literals)
            self.notes.append(" and ".join(dict.fromkeys(outside))
                              + " must name a chat model too")
        return True

    def _callers_send_no_stale_model(self, base: ast.AST, moved: Sequence[ast.Constant]) -> None:
        """Raise when a caller in this module of the function holding this call is seen
        passing, as the model parameter `base`, a literal that is no chat model and that this
        fix does not move (`model = "text-davinci-003"` in the caller, then
        `answer(q, model=model)`): the rewritten call would send it to Chat Completions."""
        for literal, call in self._caller_literals(base):
            row = self.planner.options.table.get(literal.value)
            if any(literal is other for other in moved) or row is None \
                    or row.api not in ("completions", "edits"):
                continue  # a chat model (its own finding renames it), or unknown
            raise Uncertain(
                f"a caller sends {literal.value} as {base.id} (line "  # type: ignore[attr-defined]
                f"{literal.lineno}, passed on line {call.lineno}), which Chat "
                f"Completions does not serve: change it to a chat model "
                f"({self.planner.default_chat()}) there, then run again")

    def parameter_holds(self, value: Optional[ast.expr], holds: Callable[[ast.expr], bool]
                        ) -> bool:
        """Whether `value` is a parameter of the module function holding this call that always
        has a value `holds` accepts: its default, and whatever each call of the function (all
        in this module, none with * or ** arguments, none in another module) passes for it."""
        sem = self.sem
        function = sem.enclosing_function(self.call)
        if not isinstance(value, ast.Name) or not isinstance(
                function, (ast.FunctionDef, ast.AsyncFunctionDef)) \
                or sem.parent(function) is not sem.tree:
            return False
        sites = sem.sites(sem.binding_of(value))
        if len(sites) != 1 or not isinstance(sites[0], ast.arg):
            return False
        param = sites[0]
        default = parameter_default(function.args, param.arg)
        if default is None or not holds(default):
            return False
        if self.planner.path is not None \
                and next(project.importers(self.planner.path, function.name), None) is not None:
            return False
        for read in sem.reads((sem.names.module, function.name)):
            call = sem.parent(read)
            if not (isinstance(call, ast.Call) and call.func is read) \
                    or any(isinstance(arg, ast.Starred) for arg in call.args) \
                    or any(keyword.arg is None for keyword in call.keywords):
                return False
            passed = _passed_for(call, param, function)
            if passed is not None and not holds(passed):
                return False
        return True

    def _callers_passing(self, base: ast.Name, function: Optional[ast.AST] = None
                         ) -> List[Tuple[ast.Call, Optional[ast.expr]]]:
        """The calls in this module of `function` (by default the one holding this call),
        each with what it passes as the parameter `base` (by keyword or position; None:
        nothing seen)."""
        sem = self.sem
        function = function or sem.enclosing_function(self.call)
        if not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return []
        positional = [*function.args.posonlyargs, *function.args.args]  # type: ignore
        index = next((i for i, item in enumerate(positional) if item.arg == base.id), None)
        key = (sem.names.module, getattr(function, "name", ""))
        found: List[Tuple[ast.Call, Optional[ast.expr]]] = []
        for read in sem.reads(key):
            call = sem.parent(read)
            if not (isinstance(call, ast.Call) and call.func is read):
                continue
            passed = next((item.value for item in call.keywords if item.arg == base.id), None)
            if passed is None and index is not None and index < len(call.args):
                passed = call.args[index]
            found.append((call, passed))
        return found

    def _caller_literals(self, base: ast.AST, function: Optional[ast.AST] = None,
                         seen: Optional[Set[int]] = None) -> List[Tuple[ast.Constant, ast.Call]]:
        """The string literals callers in this module pass (directly, or through names) as
        the parameter `base` of `function` (by default the one holding this call), each with
        its call. A caller that forwards a parameter of its own (`_collect(prompt, model)`
        inside `def ask(prompt, model=DEFAULT_MODEL)`) is followed to its callers and to its
        default, so a model two helpers away is seen where it is sent."""
        if not isinstance(base, ast.Name):
            return []
        sem = self.sem
        seen = set() if seen is None else seen
        function = function or sem.enclosing_function(self.call)
        if function is None or id(function) in seen or len(seen) > 4:
            return []
        seen.add(id(function))
        found: List[Tuple[ast.Constant, ast.Call]] = []
        for call, passed in self._callers_passing(base, function):
            if isinstance(passed, ast.Constant):
                reaching = [passed] if isinstance(passed.value, str) else []
            elif isinstance(passed, ast.Name):
                reaching = self._name_literals(passed)
                found.extend(self._forwarded_literals(passed, call, seen))
            else:
                continue
            found.extend((literal, call) for literal in reaching)
        return found

    def _name_literals(self, name: ast.Name) -> List[ast.Constant]:
        """The model-name literals `name` may hold: through value flow, or the one a call
        it is bound to wraps (`FAST = ModelId("gpt-3.5-turbo")`, a NewType or `str(...)`)."""
        made = self._assigned(name)
        return self.sem.detector.literals_reaching(name, self.sem.scope_of(name)) + (
            _wrapped_literals(made) if isinstance(made, ast.Call) else [])

    def _forwarded_literals(self, passed: ast.Name, call: ast.Call,
                            seen: Set[int]) -> List[Tuple[ast.Constant, ast.Call]]:
        """Where `passed` is a parameter of the function making `call`, bound nowhere else:
        the literals that function's callers pass for it, and its default where a caller
        leaves it out (or none here calls it)."""
        sem = self.sem
        outer = sem.enclosing_function(call)
        sites = sem.sites(sem.binding_of(passed))
        if not isinstance(outer, (ast.FunctionDef, ast.AsyncFunctionDef)) \
                or len(sites) != 1 or not isinstance(sites[0], ast.arg):
            return []
        found = self._caller_literals(passed, outer, seen)
        default = parameter_default(outer.args, passed.id)
        callers = self._callers_passing(passed, outer)
        if default is not None and (not callers or any(given is None for _, given in callers)):
            if isinstance(default, ast.Constant) and isinstance(default.value, str):
                found.append((default, call))
            elif isinstance(default, ast.Name):
                found.extend((literal, call) for literal in self._name_literals(default))
        return found

    def _default_taken(self, base: ast.Name) -> bool:
        """Whether a caller in this module of the function holding this call leaves the
        parameter `base` to its default (`chat_cached(messages)` for `model="..."`)."""
        return any(passed is None and not any(isinstance(a, ast.Starred) for a in call.args)
                   and not any(k.arg is None for k in call.keywords)
                   for call, passed in self._callers_passing(base))

    def _assigned(self, name: ast.expr) -> Optional[ast.expr]:
        """The value a name is bound to, where one assignment is its only binding (annotated
        or not: `DEFAULTS: ChatConfig = {...}`)."""
        if not isinstance(name, ast.Name):
            return None
        sites = self.sem.sites(self.sem.binding_of(name))
        statement = self.sem.parent(sites[0]) if len(sites) == 1 else None
        if isinstance(statement, ast.AnnAssign) and statement.target is sites[0]:
            return statement.value
        return statement.value if isinstance(statement, ast.Assign) \
            and statement.targets == [sites[0]] else None

    def _model_expressions(self) -> List[ast.expr]:
        """What this call names as its model: its model keyword (`model=MODEL`), a dict of
        the module it spreads (`**params`, `params = {"model": CHAT_MODEL, ...}`, or
        `kwargs.setdefault("model", ...)` in its function), `SETTINGS["model"]`, the model
        field of a dataclass it spreads (`**asdict(self.config)`)."""
        sem, assigned = self.sem, self._assigned

        def entry(table: Optional[ast.expr], key: Optional[str]) -> Optional[ast.expr]:
            return next((value for k, value in zip(table.keys, table.values)
                         if isinstance(k, ast.Constant) and k.value == key), None) \
                if isinstance(table, ast.Dict) else None

        def set_defaults(name: ast.expr) -> List[ast.expr]:
            """`kwargs.setdefault("model", "gpt-4")` in the call's function."""
            home = sem.enclosing_function(self.call)
            if not isinstance(name, ast.Name) or home is None:
                return []
            return [node.args[1] for node in ast.walk(home) if isinstance(node, ast.Call)
                    and isinstance(node.func, ast.Attribute) and node.func.attr == "setdefault"
                    and isinstance(node.func.value, ast.Name) and node.func.value.id == name.id
                    and len(node.args) == 2 and string_value(node.args[0]) in MODEL_KEYWORDS]

        values: List[ast.expr] = []
        for keyword in self.call.keywords:
            value = keyword.value
            if keyword.arg is None and isinstance(value, ast.Call) \
                    and dotted_name(value.func) in ("asdict", "dataclasses.asdict"):
                # **asdict(self.config): the model field of a class of this module
                values += [item.value for node in ast.walk(sem.tree)
                           if isinstance(node, ast.ClassDef) for item in node.body
                           if isinstance(item, ast.AnnAssign) and item.value is not None
                           and isinstance(item.target, ast.Name)
                           and item.target.id in MODEL_KEYWORDS]
            elif keyword.arg is None:  # **SETTINGS, a dict of this module holding the model
                table = assigned(value)
                home = sem.enclosing_function(self.call)
                if table is None and isinstance(value, ast.Name) and isinstance(
                        home, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    # `def chat(messages, config=DEFAULTS)`: **config, the default's dict
                    default = parameter_default(home.args, value.id)
                    table = assigned(default) if isinstance(default, ast.Name) else default
                values += [v for table in self._merged_tables(table)
                           for v in (entry(table, key) for key in MODEL_KEYWORDS)
                           if v is not None] + set_defaults(value)
            elif keyword.arg in MODEL_KEYWORDS and isinstance(value, ast.Subscript):
                # SETTINGS["model"]; SETTINGS[task]["model"], of each inner table
                tables = [assigned(value.value)]
                if isinstance(value.value, ast.Subscript):
                    outer = assigned(value.value.value)
                    tables = list(outer.values) if isinstance(outer, ast.Dict) else []
                entries = [v for v in (entry(table, string_value(value.slice))
                                       for table in tables) if v is not None]
                values += entries or [value]  # else value flow, in `_model_findings`
            elif keyword.arg in MODEL_KEYWORDS:
                # `params.get("model", DEFAULT_MODEL)`: its fallback too
                values += [value, *filter(None, [lookup_default(value)])]
        return values

    def _merged_tables(self, table: Optional[ast.expr], depth: int = 0) -> List[ast.expr]:
        """`table` and the dicts of this module it copies: `dict(BASE, messages=...)` (its
        keywords as a dict of their own), `{**BASE, "messages": ...}`, so a model a base dict
        holds is seen where the copy is spread (`**params`)."""
        if depth > 4 or table is None:
            return []
        found: List[ast.expr] = [table]
        bases: List[ast.expr] = []
        if isinstance(table, ast.Call) and dotted_name(table.func) == "dict":
            found.append(ast.Dict(keys=[ast.Constant(k.arg) for k in table.keywords
                                        if k.arg is not None],
                                  values=[k.value for k in table.keywords if k.arg is not None]))
            bases = list(table.args) + [k.value for k in table.keywords if k.arg is None]
        elif isinstance(table, ast.Dict):
            bases = [value for key, value in zip(table.keys, table.values) if key is None]
        for base in bases:
            found += self._merged_tables(self._assigned(base) if isinstance(base, ast.Name)
                                         else base, depth + 1)
        return found

    def _model_findings(self) -> List[Tuple[ast.Constant, Finding]]:
        """The model findings of the literals this call names as its model: in the call, a
        module constant it names, what callers in this module pass as the parameter it
        names (`embed(texts, engine)` called as `embed(DOCS, DOC_MODEL)`), or what value flow
        says an attribute it names holds (`self.model`, a parameter default in `__init__`)."""
        sem = self.sem
        function = sem.enclosing_function(self.call)
        parameters = {a.arg for a in (*function.args.posonlyargs, *function.args.args,
                                      *function.args.kwonlyargs)} \
            if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)) else set()
        found: List[Tuple[ast.Constant, Finding]] = []
        for expression in self._model_expressions():
            value = self._assigned(expression) or expression
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                literals = [value]
            elif isinstance(value, ast.Call):
                literals = _wrapped_literals(value)
            elif isinstance(value, (ast.BoolOp, ast.IfExp)) and isinstance(expression, ast.Name):
                # `chosen = engine or EMBED_MODEL`: what value flow binds the name to
                literals = self._name_literals(expression)
            elif isinstance(value, ast.Name) and value.id in parameters:
                # what callers pass, and the default where one passes nothing
                literals = [literal for literal, _ in self._caller_literals(value)]
                default = parameter_default(function.args, value.id)  # type: ignore[union-attr]
                # taken where a caller here leaves it out, or none here calls (another
                # module's callers may)
                taken = self._default_taken(value) or not self._callers_passing(value)
                if isinstance(default, ast.Constant) and taken:
                    literals.append(default)
                elif isinstance(default, ast.Name) and taken:
                    literals += self._name_literals(default)
            elif isinstance(value, (ast.Attribute, ast.Subscript)):
                # `self.model`, `cfg["model"]`: through value flow
                base: ast.AST = value
                while isinstance(base, (ast.Attribute, ast.Subscript)):
                    base = base.value
                scope = sem.scope_of(base) if isinstance(base, ast.Name) else sem.names.module
                sources = sem.detector.value_sources(value, scope)
                key = string_value(value.slice) if isinstance(value, ast.Subscript) else None
                if sources is not None:
                    literals = sources[0]
                elif key is not None:
                    # `cfg["model"]` of a dict value flow loses (a helper's return): any
                    # entry of the module's dicts under that key may be it
                    literals = [item for node in ast.walk(sem.tree) if isinstance(node, ast.Dict)
                                for k, item in zip(node.keys, node.values)
                                if k is not None and string_value(k) == key
                                and isinstance(item, ast.Constant)
                                and isinstance(item.value, str)]
                else:
                    literals = []
            else:
                continue
            found += [(literal, f) for literal in literals for f in self._findings_at(literal)
                      if f.model is not None]
        return found

    def check_model_kept(self) -> None:
        """Raise where this call keeps its model (the plan does not move it) and that model is
        shut down with its rename left for manual work (the target rejects a parameter the
        call sends, code compares the name ...): a literal in the call, or a constant it
        names, or a caller's for the parameter it names. The rewritten call could only ask
        for a dead model (for that caller), so it stays manual with its model."""
        for literal, finding in self._model_findings():
            shared = (cross_module.size_asked_for_others(finding, self.sem.tree, self.planner.path)
                      or cross_module.compared_in_project(finding, self.planner.path)
                      or cross_module.names_a_file(finding, self.sem.tree, self.planner.path)) \
                if self.planner.path is not None and project.RUN_PATHS.get() is not None else None
            why = finding.message.split(RENAME_HELD, 1)
            if finding.code != "GM001" or not (shared or (finding.fix is None and len(why) == 2)):
                continue
            reason = shared or why[1]
            raise Uncertain(f"its model {literal.value} (line {literal.lineno}) was shut "
                            f"down and stays as it is ({reason}): rewrite the call when "
                            f"you choose its model")
        held = self.sem.detector.spread_held.get(id(self.call))
        if held:
            raise Uncertain(f"it spreads a dict this scan cannot see into, which may carry "
                            f"{held[0].value} (line {held[0].lineno}), shut down and kept for "
                            f"that reason: rewrite the call when you choose its model")
        self._check_decorator_model()
        held = self.sem.detector.untraced_held.get(id(self.call))
        if held:
            raise Uncertain(f"it sends a model this scan cannot trace, which may be "
                            f"{held[0].value} (line {held[0].lineno}), shut down and kept for "
                            f"that reason: rewrite the call when you choose its model")
        for expression in self._model_expressions():
            self._check_imported_model_kept(expression)
            self._check_imported_model_kept(self._imported_default(expression))
            self._check_environment_model(expression)
            self._check_class_attribute_model(expression)
            self._check_enum_member_model(expression)
        for keyword in self.call.keywords:
            if keyword.arg is None:
                self._check_imported_table_kept(keyword.value)
                self._check_untraced_spread(keyword.value)

    def _check_decorator_model(self) -> None:
        """The same for a model given to a decorator of the function making this call
        (`@with_model("gpt-3.5-turbo")`, whose wrapper may fill the call's model keyword),
        shut down and kept where it is written."""
        function = self.sem.enclosing_function(self.call)
        decorators = getattr(function, "decorator_list", [])
        for decorator in decorators:
            if not isinstance(decorator, ast.Call):
                continue
            for literal in (*decorator.args, *(k.value for k in decorator.keywords)):
                held = self._held_rename(literal) if isinstance(literal, ast.Constant) \
                    and isinstance(literal.value, str) else None
                if held is not None:
                    raise Uncertain(f"its function is decorated with {literal.value} (line "
                                    f"{literal.lineno}), shut down and kept there ({held}), "
                                    f"which the decorator may send as its model: rewrite the "
                                    f"call when you choose its model")

    def _check_untraced_spread(self, value: ast.expr) -> None:
        """The same for a dict spread into the call that the fix cannot see into
        (`**settings` of `settings = profile(user)`, a `**kwargs` parameter) while a dict of
        this module holds a shut-down model under a model key and keeps it (`DEFAULTS =
        {"model": "gpt-3.5-turbo", ...}` copied by `dict(DEFAULTS)`): the spread may carry
        that dict, so the rewritten call could ask for the dead model."""
        if isinstance(value, ast.Call) and dotted_name(value.func) in ("asdict",
                                                                      "dataclasses.asdict"):
            return
        table = self._assigned(value)
        home = self.sem.enclosing_function(self.call)
        if table is None and isinstance(value, ast.Name) \
                and isinstance(home, (ast.FunctionDef, ast.AsyncFunctionDef)):
            default = parameter_default(home.args, value.id)
            table = self._assigned(default) if isinstance(default, ast.Name) else default
        if any(isinstance(item, ast.Dict) for item in self._merged_tables(table)):
            return  # seen: its entries are judged as the call's own (`_model_expressions`)
        for node in ast.walk(self.sem.tree):
            if not isinstance(node, ast.Dict):
                continue
            for key, literal in zip(node.keys, node.values):
                if key is None or string_value(key) not in MODEL_KEYWORDS \
                        or not isinstance(literal, ast.Constant):
                    continue
                held = self._held_rename(literal)
                if held is not None:
                    raise Uncertain(
                        f"it spreads **{self.sem.source(value)}, which the fix cannot trace, "
                        f"and the dict on line {node.lineno} holds {literal.value}, shut "
                        f"down and kept there ({held}): the call may send it; rewrite the "
                        f"call when you choose its model")

    def _held_rename(self, literal: ast.Constant) -> Optional[str]:
        """Why the shut-down model `literal` keeps its name (its GM001 rename is held), or
        None where it is renamed or not shut down."""
        return next((f.message.split(RENAME_HELD, 1)[1] for f in self._findings_at(literal)
                     if f.code == "GM001" and f.fix is None and RENAME_HELD in f.message), None)

    def _check_imported_table_kept(self, value: ast.expr) -> None:
        """The same for a dict of another project module spread into the call (`**SETTINGS`
        after `from settings import SETTINGS`, or `**request` that another module's function
        returns, `request = build_request(q)`) that holds a shut-down model beside parameters
        its target rejects: its module keeps the name (`Detector._with_parameters`)."""
        made = self._assigned(value)
        returned = isinstance(made, ast.Call) and isinstance(made.func, ast.Name)
        if returned:
            # `request = build_request(q)`, a function of another module returning a dict
            constant = self._other_module_constant(made.func)  # type: ignore[union-attr]
        else:
            constant = self._other_module_constant(value)
        defined, name = constant if constant is not None else (None, "")
        tree = project.module_tree(defined) if defined is not None else None
        tables: List[ast.Dict] = project.module_dicts(tree, name) if tree else []
        tables += [node.value for function in (tree.body if tree else [])
                   if isinstance(function, ast.FunctionDef) and function.name == name
                   and returned for node in ast.walk(function)
                   if isinstance(node, ast.Return) and isinstance(node.value, ast.Dict)]
        if defined is None:
            return
        for table in tables:
            self._judge_imported_table(table, defined, name, returned)

    def _judge_imported_table(self, table: ast.Dict, defined: Path, name: str,
                              returned: bool) -> None:
        """`returned`: the dict a function returns, whose model only its parameters hold
        back (no other module reads it by name)."""
        options = self.planner.options
        for key, literal in zip(table.keys, table.values):
            model = string_value(literal)
            if string_value(key) not in MODEL_KEYWORDS or model is None:
                continue
            row = options.table.get(model)
            if row is None or row.status(options.as_of) != "retired":
                continue
            target = options.table.resolve(row.name, options.as_of, options.targets).target
            if not target:
                continue
            rule = options.table.parameter_rule(target)
            verdict = rule.judge(target, dict_arguments(table)) if rule else None
            if verdict is not None and (verdict.dropped or verdict.renamed
                                        or verdict.unsupported):
                problem: Optional[str] = "the dict also holds parameters it rejects or names " \
                                         "otherwise"
            elif returned:
                problem = None
            else:
                problem = cross_module.table_rename_blocked(defined, name, string_value(key),
                                                            "GM001", target, options.table)
            if problem:
                raise Uncertain(f"its model {model} ({name} in {defined.name}) was shut down "
                                f"and keeps its name there ({problem}): rewrite the call when "
                                f"you choose its model")

    def _check_imported_model_kept(self, value: Optional[ast.expr]) -> None:
        """The same for a model constant of another project module (`model=config.MODEL`,
        `from config import MODEL`): shut down, and held in its module because another
        module's read would break (`cross_module.constant_rename_blocked`)."""
        if isinstance(value, ast.Subscript) and string_value(value.slice) is not None:
            self._check_imported_entry(value)
            return
        constant = self._other_module_constant(value)
        defined, name = constant if constant is not None else (None, "")
        found = project.definition(defined, name) if defined is not None else None
        if found is None and defined is not None:
            self._check_untraced_model(defined, name)
        if found is None or defined is None:
            return
        problem = self._rename_kept(defined, name, found.literal)
        if problem:
            raise Uncertain(f"its model {found.literal.value} ({name} in {defined.name}) was "
                            f"shut down and keeps its name there ({problem}): rewrite the call "
                            f"when you choose its model")

    def _imported_default(self, value: ast.expr) -> Optional[ast.expr]:
        """The default of the parameter `value` of the function holding this call where it is
        a name (`def embed(texts, model=EMBEDDING_MODEL)`, imported from another module) and
        may be taken: a caller here leaves it out, or none here passes it (callers in other
        modules may leave it out)."""
        function = self.sem.enclosing_function(self.call)
        if not isinstance(value, ast.Name) \
                or not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return None
        default = parameter_default(function.args, value.id)
        if not isinstance(default, (ast.Name, ast.Attribute)):
            return None
        taken = self._default_taken(value) or not self._callers_passing(value)
        return default if taken else None

    def _rename_kept(self, defined: Path, name: str, literal: ast.Constant) -> Optional[str]:
        """Why the shut-down model `literal`, `name` of project module `defined`, keeps its
        name there (another module's read holds its rename back); None if it moves or is
        served."""
        options = self.planner.options
        row = options.table.get(literal.value)
        if row is None or row.status(options.as_of) != "retired":
            return None
        target = options.table.resolve(row.name, options.as_of, options.targets).target
        return (embedding_size_kept(row.name, target)
                or cross_module.constant_rename_blocked(defined, name, "GM001", target, options.table)
                or cross_module.model_compared_elsewhere(defined, literal.value, target=target)) \
            if target else None

    def _check_untraced_model(self, defined: Path, name: str) -> None:
        """Raise where the call's model is `name` of another project module that the fix
        cannot trace to a literal (`settings.chat_model` of an instance made there), that
        module names a shut-down model, and its replacement rejects a parameter the call
        sends: renamed there, the model would reach this call with that parameter."""
        tree = project.module_tree(defined)
        if tree is None:
            return
        options = self.planner.options
        for node in ast.walk(tree):
            row = options.table.get(node.value) if isinstance(node, ast.Constant) \
                and isinstance(node.value, str) else None
            if row is None or row.status(options.as_of) != "retired":
                continue
            target = options.table.resolve(row.name, options.as_of, options.targets).target
            reason = cross_module.model_compared_elsewhere(defined, node.value, target=target)
            if reason:  # renamed there, yet kept by the comparison: the call keeps it too
                raise Uncertain(f"its model is {name} of {defined.name}, which the fix cannot "
                                f"trace to a literal; {defined.name} names "
                                f"{node.value} (line {node.lineno}), shut down and kept "  # type: ignore
                                f"({reason}): rewrite the call when you choose its model")
        self._judge_untraced(ast.walk(tree), f"{name} of {defined.name}, which the fix "
                             f"cannot trace to a literal", defined.name)

    def _check_enum_member_model(self, value: ast.expr) -> None:
        """The same for a member of an Enum of this module whose values are model names
        (`class ChatModel(str, Enum): GPT4 = "gpt-4"`), sent as `ChatModel.GPT4(.value)`, or
        as a parameter (`.value`) its annotation, default or callers here tie to the Enum, or
        as `<record>.model.value`: where a member keeps a shut-down name (members looked up by
        value, two members that a rename would merge), the call may send it."""
        enums = {node.name: node for node in ast.walk(self.sem.tree) if is_enum_class(node)}
        sent = value.value if isinstance(value, ast.Attribute) and value.attr == "value" \
            else value
        chosen: List[Tuple[str, Optional[str]]] = []  # (enum, member or None for any)

        def member_of(node: Optional[ast.expr]) -> None:
            named = dotted_name(node).split(".") if node is not None else []
            if len(named) == 2 and named[0] in enums:
                chosen.append((named[0], named[1]))
            elif named and named[-1] in enums:  # an annotation
                chosen.append((named[-1], None))
            elif named and node is not None:  # an Enum of another project module
                self._check_imported_enum(node)

        function = self.sem.enclosing_function(self.call)
        member_of(sent if isinstance(sent, ast.Attribute) else None)
        if isinstance(sent, ast.Name) and isinstance(
                function, (ast.FunctionDef, ast.AsyncFunctionDef)):
            arguments = function.args
            positional = [*arguments.posonlyargs, *arguments.args]
            parameter = next((a for a in (*positional, *arguments.kwonlyargs)
                              if a.arg == sent.id), None)
            if parameter is None:
                return
            member_of(parameter.annotation)
            member_of(parameter_default(arguments, sent.id))
            position = positional.index(parameter) if parameter in positional else -1
            for node in ast.walk(self.sem.tree):  # what callers here pass
                if isinstance(node, ast.Call) and dotted_name(node.func).split(".")[-1] \
                        == function.name:
                    shift = 1 if isinstance(node.func, ast.Attribute) and positional \
                        and positional[0].arg in ("self", "cls") else 0
                    passed = next((k.value for k in node.keywords if k.arg == sent.id), None)
                    if passed is None and 0 <= position - shift < len(node.args):
                        passed = node.args[position - shift]
                    member_of(passed)
        elif not chosen and sent is not value and isinstance(sent, ast.Attribute):
            # `record.model.value`: a member of any Enum of the module
            chosen = [(name, None) for name in enums]
        for name, member in chosen:
            literals = [item.value for item in enums[name].body
                        if isinstance(item, ast.Assign) and isinstance(item.value, ast.Constant)
                        and isinstance(item.value.value, str) and (member is None or any(
                            isinstance(t, ast.Name) and t.id == member for t in item.targets))]
            for literal in literals:
                held = self._held_rename(literal)
                if held is not None:
                    raise Uncertain(
                        f"its model may be a member of {name}, {literal.value} (line "
                        f"{literal.lineno}), shut down and kept there ({held}): rewrite the "
                        f"call when you choose its model")

    def _check_imported_enum(self, node: ast.expr) -> None:
        """The same for an Enum another project module defines (`from app.models import
        ChatModel`), named by the annotation, default or argument `node` (`ChatModel`, any
        member; `ChatModel.SMART`, that one): where a member's shut-down model keeps its name
        there (`_rename_kept`: another module's read holds it back), the call may send it."""
        constant = self._other_module_constant(node)
        defined, name = constant if constant is not None else (None, "")
        tree = project.module_tree(defined) if defined is not None else None
        if tree is None or defined is None:
            return
        enum, _, member = name.partition(".")
        for cls in tree.body:
            if not (is_enum_class(cls) and cls.name == enum):  # type: ignore[attr-defined]
                continue
            for item in cls.body:  # type: ignore[attr-defined]
                names = [t.id for t in getattr(item, "targets", ()) if isinstance(t, ast.Name)]
                literal = getattr(item, "value", None)
                if not names or (member and member not in names) \
                        or not isinstance(literal, ast.Constant) \
                        or not isinstance(literal.value, str):
                    continue
                problem = self._rename_kept(defined, f"{enum}.{names[0]}", literal)
                if problem:
                    raise Uncertain(f"its model may be {enum}.{names[0]} of {defined.name}, "
                                    f"{literal.value}, shut down and kept there ({problem}): "
                                    f"rewrite the call when you choose its model")

    def _check_class_attribute_model(self, value: ast.expr) -> None:
        """The same for an attribute the fix cannot trace (`settings.chat_model`,
        `self.settings.model` of an instance made elsewhere) that one class of another
        project module binds (`chat_model: str = "gpt-3.5-turbo"`, `project.class_binding`):
        renamed there, the model reaches this call, which sends what it takes where only
        names change (`cross_module.constant_rename_blocked` counts on this). Where no class
        binds a literal, a field the constructor takes (`profile.model` of a namedtuple row,
        `project.constructor_arguments`) is judged by what the constructor calls pass."""
        if not isinstance(value, ast.Attribute) or self.planner.path is None \
                or project.RUN_PATHS.get() is None \
                or self._other_module_constant(value) is not None:
            return
        base: ast.AST = value
        while isinstance(base, ast.Attribute):
            base = base.value
        scope = self.sem.scope_of(base) if isinstance(base, ast.Name) else self.sem.names.module
        if self.sem.detector.value_sources(value, scope) is not None:
            return  # traced (`_model_findings`)
        owner = project.class_binding(self.planner.path, value.attr)
        found = project.definition(*owner) if owner is not None else None
        if owner is not None and found is not None:
            self._judge_untraced([found.literal], f"{owner[1]} of {owner[0].name}, which the "
                                 f"fix cannot trace to a literal", owner[0].name)
        for defined, name in project.class_bindings(self.planner.path, value.attr) or []:
            # a class that binds the name, whose shut-down model keeps its name there (a read
            # holds it back), may be what the call sends
            found = project.definition(defined, name)
            problem = self._rename_kept(defined, name, found.literal) if found else None
            if problem and found is not None:
                raise Uncertain(f"its model may be {name} of {defined.name}, "
                                f"{found.literal.value}, shut down and kept there ({problem}): "
                                f"rewrite the call when you choose its model")
        if owner is None or found is None:
            # `profile.model` of a table's row: whatever constructor calls pass for that field
            constructed = project.constructor_arguments(self.planner.path, value.attr) or []
            where = ", ".join(sorted({path.name for path, _ in constructed}))
            self._judge_untraced([node for _, node in constructed],
                                 f"{ast.unparse(value)}, which constructor calls set and the fix "
                                 f"cannot trace to a literal", where)

    def _check_imported_entry(self, value: ast.Subscript) -> None:
        """The same for an entry of another project module's dict (`MODELS["chat"]` after
        `from config import MODELS`) the call cannot move with (`_model_of_entry`: several
        entries, a rename held there, a module outside the run): the call stays manual where
        that model (or its replacement) rejects a parameter the call sends."""
        constant = self._other_module_constant(value.value)
        defined, name = constant if constant is not None else (None, "")
        tree = project.module_tree(defined) if defined is not None else None
        if tree is None or defined is None:
            return
        key = string_value(value.slice) or ""
        entries = project.dict_entries(tree, name, key)
        self._judge_untraced(entries, f'{name}["{key}"] of {defined.name}', defined.name)

    def _check_environment_model(self, value: ast.expr) -> None:
        """The same for a model read from the environment (`os.environ["OPENAI_MODEL"]`,
        `os.getenv("OPENAI_MODEL")`) that the module sets itself
        (`os.environ.setdefault("OPENAI_MODEL", "gpt-3.5-turbo")`, `os.environ[...] = ...`)."""
        key = _environment_key(value)
        if key is None:
            return
        stored = [node.args[1] for node in ast.walk(self.sem.tree)
                  if isinstance(node, ast.Call) and len(node.args) == 2
                  and isinstance(node.func, ast.Attribute) and node.func.attr == "setdefault"
                  and dotted_name(node.func.value) == "os.environ"
                  and string_value(node.args[0]) == key]
        stored += [node.value for node in ast.walk(self.sem.tree)
                   if isinstance(node, ast.Assign) and any(
                       isinstance(target, ast.Subscript)
                       and dotted_name(target.value) == "os.environ"
                       and string_value(target.slice) == key for target in node.targets)]
        self._judge_untraced(stored, f"the environment variable {key}, which the fix cannot "
                             f"trace to a literal", "the module")

    def _judge_untraced(self, nodes: Iterable[ast.AST], source: str, where: str) -> None:
        """Raise where a model among `nodes` (the literals the call's untraced model may be),
        or its replacement, rejects or renames a parameter the call sends."""
        options = self.planner.options
        sent = call_arguments(self.call)
        renames: Dict[str, Tuple[ast.Constant, str]] = {}  # the verdict's renames, by target
        for node in nodes:
            row = options.table.get(node.value) if isinstance(node, ast.Constant) \
                and isinstance(node.value, str) else None
            if row is not None and row.status(options.as_of) == "retired":
                target = options.table.resolve(row.name, options.as_of, options.targets).target
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                target = node.value  # served (or renamed by this run already): its own rules
            else:
                continue
            rule = options.table.parameter_rule(target) if target else None
            verdict = rule.judge(target, sent) if rule is not None and target else None
            if verdict is not None and verdict.renamed and not verdict.dropped \
                    and not verdict.unsupported and target:
                renames[target] = (node, ", ".join(f"{key}= as {new}="
                                                   for key, new in verdict.renamed.items()))
            elif verdict is not None and (verdict.dropped or verdict.renamed
                                          or verdict.unsupported):
                changed = ", ".join(f"{key}=" for key in (*verdict.dropped, *verdict.renamed,
                                                           *verdict.unsupported))
                named = f"{node.value} (line {node.lineno}), shut down, whose replacement " \
                    f"{target}" if target != node.value else f"{target} (line {node.lineno}), which"
                raise Uncertain(f"its model is {source}; {where} names {named} rejects or "
                                f"renames {changed}: change those parameters here for the model "
                                f"it sends (and rename it there), then run again")
        if len(renames) == 1 and self.rules_model is None and not self.on_azure:
            # only names change (max_tokens -> max_completion_tokens), which every chat model
            # on OpenAI takes: sent so, the call serves that model and any other the value may
            # be (Azure's older api-versions do not take them)
            [(target, (node, names))] = renames.items()
            raise ParametersFor(target, f"its model is {source}; {where} names {node.value} "
                                        f"(line {node.lineno}), so the call sends {names}")
        if len(renames) > 1:
            raise Uncertain(f"its model is {source}; {where} names models whose parameters "
                            f"differ ({', '.join(sorted(renames))}): change the parameters here "
                            f"for the model it sends, then run again")

    def _model_looked_up(self, outer: ast.AST, path: Tuple[str, ...]) -> None:
        """Raise where the response's `model` (the model that answered) is used as a key or
        compared while the fix changes the requested model: the API now answers with the new
        model's name, which a table of the old names does not hold."""
        if path != ("model",):
            return
        parent = self.sem.parent(outer)
        keyed = (isinstance(parent, ast.Subscript) and parent.slice is outer) or isinstance(
            parent, ast.Compare) or (isinstance(parent, ast.Call) and parent.args[:1] == [outer]
                                     and isinstance(parent.func, ast.Attribute)
                                     and parent.func.attr in ("get", "pop", "setdefault"))
        if not keyed:
            return
        renamed_by = [finding for _, finding in self._model_findings() if finding.fix is not None]
        if not renamed_by and not self.model:
            renamed_by = self._renamed_flowing_in()
        renamed = self.model or next((f.replacement for f in renamed_by if f.replacement), None)
        if renamed:
            for finding in renamed_by:
                self.planner.held[(finding.line, finding.column)] = (
                    f"the response's model is looked up by the old names (line "
                    f"{outer.lineno}); rename it with the call")
            raise Uncertain(f"the response's model (response.model, line {outer.lineno}) is "
                            f"used as a key or compared, and the fix moves the request to "
                            f"{renamed}: the API answers with that model's name, which code "
                            f"keyed by the old names does not hold; add the new model there "
                            f"(its price, its label), then run again")

    def _renamed_flowing_in(self) -> List[Finding]:
        """Where `_model_findings` does not tell this call's model (a name bound by unpacking,
        `model, prompt = job` of `for job in JOBS: submit(run, job)`): detection's renames of
        the module's literals that may be it, all but those value flow gives to other calls
        only."""
        sem = self.sem
        found: List[Finding] = []
        for node in ast.walk(sem.tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                continue
            renames = [f for f in self._findings_at(node)
                       if f.model is not None and f.fix is not None and f.replacement]
            users = sem.detector.literal_users(node) if renames else None
            if renames and (not users or any(user is self.call for user in users)):
                found += renames
        return found

    def claude_model(self, arg: cst.Arg) -> cst.BaseExpression:
        """The served Claude model (Messages) for a Text Completions model; a same-module
        constant moves too."""
        value = self.ast_keyword("model").value  # type: ignore[union-attr]
        suggestion = "a served Claude model (claude-sonnet-4-6 ...)"
        if isinstance(value, ast.Constant) and isinstance(value.value, str):
            target = self._claude_target(literal_text(self.sem.source(value)), suggestion)
            self.model = target
            assert isinstance(arg.value, cst.SimpleString)
            return arg.value.with_changes(
                value=f"{arg.value.prefix}{arg.value.quote}{target}{arg.value.quote}")
        if isinstance(value, ast.Name):
            try:
                literal = self._constant(value, suggestion, self.sem.is_messages_call,
                                         defaults=True)
            except Uncertain as exc:
                # not a module constant (a parameter, a name bound twice): the value flow;
                # one imported or read otherwise stays as `_constant` says
                if "imported from another module" in str(exc) or " is also used on line " \
                        in str(exc) or not self._claude_flowing(value, suggestion):
                    raise
                return arg.value
            target = self._claude_target(literal_text(self.sem.source(literal)), suggestion)
            self.model = target
            if target != literal.value:
                self.edits.append(_restring(self.sem, literal, target))
            return arg.value
        if self._claude_flowing(value, suggestion):
            return arg.value
        raise Uncertain(f"the model is computed at run time: pass {suggestion} and move the "
                        f"call to Messages by hand")

    def _claude_flowing(self, value: ast.expr, suggestion: str) -> bool:
        """`_flowing` for Messages: a model detection's value flow traces to literals
        (`self.model` of an `__init__` default or a class attribute, `CONFIG["model"]` of a
        module dict nobody writes to, a parameter's default), each moved to its Claude
        target; what callers may pass instead must be a served Claude model already
        (`_claude_callers`)."""
        def target_of(name: Optional[str]) -> str:
            return self._claude_target(name, suggestion)

        def outside_checked(base: ast.AST, moved: Sequence[ast.Constant],
                            outside: List[str]) -> None:
            self._claude_callers(value, base, moved, outside, suggestion)

        # an option's default is not what the user may type: a Text Completions model named
        # on the command line would fail on Messages (rt42_claude_argparse_model)
        return self._flowing(value, target_of, self.sem.is_messages_call, outside_checked,
                             command_line=False)

    def _claude_callers(self, value: ast.expr, base: ast.AST, moved: Sequence[ast.Constant],
                        outside: List[str], suggestion: str) -> None:
        """Raise unless every model that may reach the call besides the moved literals is a
        served Messages model: for `self.<attr>`, what constructor calls pass for it and no
        subclass (`_claude_constructed`); for a parameter of a module function, what each of
        this module's calls passes, no other use of the function, and no other module
        importing it. An environment variable's value (a lookup default) gets a note, as
        `_constant` gives."""
        sem, options, path = self.sem, self.planner.options, self.planner.path

        def served(node: ast.AST) -> bool:
            if any(node is literal for literal in moved):
                return True
            row = options.table.get(node.value, "anthropic") if isinstance(
                node, ast.Constant) and isinstance(node.value, str) else None
            return row is not None and row.status(options.as_of) == "current" \
                and row.api == "messages"

        def refuse(node: ast.AST, where: str) -> None:
            shown = node.value if isinstance(node, ast.Constant) else sem.source(node) \
                if where == "line" else ast.unparse(node)
            place = f"line {node.lineno}" if where == "line" else f"{where} line {node.lineno}"
            raise Uncertain(f"{place} passes {shown} for {sem.source(value)}, the call's model, "
                            f"which is not a model Messages serves: change it to {suggestion} "
                            f"there, then run again")

        told = [words for words in dict.fromkeys(outside) if not words.startswith("what ")]
        if told:
            self.notes.append(" and ".join(told) + f" must name {suggestion} too")
        function = sem.enclosing_function(self.call)
        owner = sem.parent(function) if function is not None else None
        if isinstance(value, ast.Attribute) and isinstance(base, ast.Name) \
                and value.value is base and isinstance(owner, ast.ClassDef) \
                and function is not None \
                and function.args.args[:1] and function.args.args[0].arg == base.id:  # type: ignore[union-attr]
            self._claude_constructed(owner, value, served, refuse, suggestion, any(
                words.startswith("what ") for words in outside))
            return
        if not any(words.startswith("what ") for words in outside):
            return
        if isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)) \
                and sem.parent(function) is sem.tree and isinstance(base, ast.Name) \
                and value is base \
                and (path is None or next(project.importers(path, function.name), None) is None):
            # a module function's callers are all here: each passes a served model or nothing
            if path is not None:
                project.consulted(path.parent)  # no module imports it
            reads = sem.reads((sem.names.module, function.name))
            if all(isinstance(sem.parent(read), ast.Call) and sem.parent(read).func is read
                   for read in reads):
                for call, passed in self._callers_passing(base):
                    if any(isinstance(a, ast.Starred) for a in call.args) \
                            or any(k.arg is None for k in call.keywords):
                        raise Uncertain(f"line {call.lineno} calls {function.name} with * or "
                                        f"** arguments, which may pass {base.id} its model: "
                                        f"move the call by hand")
                    if passed is None:
                        continue
                    sources = sem.detector.value_sources(passed, sem.scope_of(passed)) \
                        if isinstance(passed, ast.Name) else ([passed], [])
                    if sources is None or sources[1] or not sources[0]:
                        refuse(passed, "line")
                    for literal in sources[0]:  # type: ignore[index]
                        if not served(literal):
                            refuse(literal, "line")
                return
        raise Uncertain(f"{sem.source(value)} may hold what code elsewhere passes: pass "
                        f"{suggestion} and move the call to Messages by hand")

    def _claude_constructed(self, owner: ast.ClassDef, value: ast.Attribute,
                            served: Callable[[ast.AST], bool],
                            refuse: Callable[[ast.AST, str], None], suggestion: str,
                            passed_in: bool) -> None:
        """For `self.<attr>` read in a method of `owner`: raise where a constructor call of
        `owner` (in this module, or in a module importing it: `project.importers`) passes a
        model that is not served (`project.constructor_field` / `constructor_passes`), or a
        class derives from `owner` (its own writes or `__init__` are not followed here).
        `passed_in`: the flow says callers may pass the value (an `__init__` parameter)."""
        sem, path = self.sem, self.planner.path
        taken = project.constructor_field(owner, value.attr)
        if passed_in and taken is None:
            raise Uncertain(f"{sem.source(value)} may hold what {owner.name}'s constructor is "
                            f"given: pass {suggestion} and move the call to Messages by hand")

        def check(tree: ast.Module, names: Set[str], where: str) -> None:
            for cls in ast.walk(tree):
                if isinstance(cls, ast.ClassDef) and any(
                        (dotted_name(b) or "").rsplit(".", 1)[-1] in names for b in cls.bases):
                    raise Uncertain(f"{cls.name} ({where or 'line'} line {cls.lineno}) "
                                    f"derives from {owner.name}, and may set {value.attr} its "
                                    f"own way: move the call by hand")
            if taken is not None:
                for passed in project.constructor_passes(tree, {n: taken[1] for n in names}):
                    if not served(passed):
                        refuse(passed, where or "line")

        check(sem.tree, {owner.name}, "")
        if path is None:  # no project to read (a source on stdin)
            if passed_in:
                self.notes.append(f"constructor calls in other modules must pass {suggestion} "
                                  f"as {owner.name}'s model too")
            return
        project.consulted(path.parent)  # who imports the class: any module of the project
        for other, _, aliases in project.importers(path, owner.name):
            tree = project.module_tree(other) if other.suffix == ".py" else None
            if tree is None:
                raise Uncertain(f"{other.name} may construct {owner.name}, and the scan "
                                f"cannot read it: move the call by hand")
            check(tree, {owner.name} | {a.asname for a in aliases if a.asname}, other.name)

    def _claude_target(self, name: Optional[str], suggestion: str) -> str:
        options = self.planner.options
        if name is None:
            raise Uncertain("the model string has escapes or is not text")
        row = options.table.get(name, "anthropic")
        if row is not None and row.status(options.as_of) == "current" and row.api == "messages":
            return name
        resolution = options.table.resolve(name, options.as_of, options.targets,
                                           provider="anthropic")
        target_row = options.table.get(resolution.target, "anthropic") \
            if resolution.target else None
        if resolution.action in ("rename", "migrate-api") and target_row is not None \
                and target_row.api == "messages":
            return target_row.name
        raise Uncertain(f"{name} has no known Messages replacement ({resolution.reason}): "
                        f"choose {suggestion} and move the call by hand")

    def _chat_target(self, name: Optional[str]) -> str:
        options = self.planner.options
        if name is None:
            raise Uncertain("the model string has escapes or is not text")
        row = options.table.get(name)
        if row is not None and row.current and row.api == "chat":
            return name
        resolution = options.table.resolve(name, options.as_of, options.targets)
        if resolution.action == "migrate-api" and resolution.target:
            return resolution.target
        target_row = options.table.get(resolution.target) if resolution.target else None
        if resolution.action == "rename" and row is not None and target_row is not None \
                and target_row.api == "chat":
            return target_row.name
        raise Uncertain(f"{name} has no known chat replacement: choose a chat model (e.g. "
                        f"{self.planner.default_chat()}) and move the call by hand")

    def _constant(self, name: ast.Name, suggestion: Optional[str] = None,
                  live: Optional[Callable[[ast.Call], bool]] = None,
                  defaults: bool = False) -> ast.Constant:
        """The literal a module constant holds, if every use of it is a rewritten call or a
        call already on the target API (`live`, Chat Completions by default). `defaults`: also
        the default of an environment lookup it is bound to (`os.getenv("M", "claude-2")`),
        which is what the code sends where the variable is unset."""
        sem, planner = self.sem, self.planner
        suggestion = suggestion or planner.default_chat()
        live = live or sem.is_chat_call
        key = sem.binding_of(name)
        sites = sem.sites(key)
        if any(isinstance(site, ast.alias) for site in sites):
            raise Uncertain(f"the model comes from {name.id}, imported from another module: "
                            f"set it to {suggestion} there and move this call by hand, or scan "
                            f"the project that holds both modules: they move together")
        owner = key[0]
        if len(sites) != 1 or owner.parent is not None:
            raise Uncertain(f"the model comes from {name.id}, which is not a module constant")
        statement = sem.parent(sites[0])
        if not (isinstance(statement, ast.Assign) and len(statement.targets) == 1
                and statement.targets[0] is sites[0]):
            raise Uncertain(f"the model comes from {name.id}, which is not a module constant")
        literal = project.assigned_literal(statement.value) if defaults \
            else statement.value
        if not (isinstance(literal, ast.Constant) and isinstance(literal.value, str)):
            raise Uncertain(f"the model comes from {name.id}, which is not a plain string")
        for read in sem.reads(key):
            if self.v1 and sem.detector.runs_only_on_v0(read):
                continue  # a branch openai>=1 never takes (a version check)
            if not self._sends_model(read, live):
                raise Uncertain(f"{name.id} is also used on line {read.lineno}: point this call "
                                f"at {suggestion} by hand")
        if literal is not statement.value:
            self.notes.append(f"{name.id}'s default moves; where {ast.unparse(statement.value.args[0])}"  # type: ignore[attr-defined]
                              f" is set in the environment, it must name {suggestion} too")
        return literal

    def _table_sends_models(self, literal: ast.Constant,
                            live: Optional[Callable[[ast.Call], bool]] = None) -> bool:
        """For a value of a dict bound to a name (a lookup table), whether every read of the
        table sends what it looks up as a model (`MODELS[tier]` as model=): a table whose
        names are also looked up elsewhere (`PRICES[MODELS[tier]]`) cannot change."""
        sem = self.sem
        table = sem.parent(literal)
        if not isinstance(table, ast.Dict):
            return True
        path = [key_in(table, literal)]
        while isinstance(sem.parent(table), ast.Dict):  # a table of tables
            outer = sem.parent(table)
            path.insert(0, key_in(outer, table))  # type: ignore[arg-type]
            table = outer  # type: ignore[assignment]
        statement = sem.parent(table)
        if not (isinstance(statement, ast.Assign) and statement.value is table
                and len(statement.targets) == 1 and isinstance(statement.targets[0], ast.Name)):
            return False
        for read in sem.reads(sem.binding_of(statement.targets[0])):
            use: ast.AST = read
            walked: List[Optional[str]] = []
            while len(walked) < len(path):
                parent = sem.parent(use)
                if isinstance(parent, ast.Attribute) and parent.attr == "get" \
                        and isinstance(sem.parent(parent), ast.Call) and len(path) == 1:
                    call = sem.parent(parent)
                    walked.append(string_value(call.args[0]) if call.args else None)
                    use = call
                elif isinstance(parent, ast.Subscript) and parent.value is use:
                    walked.append(string_value(parent.slice))
                    use = parent
                else:
                    return False  # the table, or a part holding the literal, used whole
            if any(key is not None and key != wanted for key, wanted in zip(walked, path)):
                continue  # another entry (`SETTINGS["max_tokens"]`)
            if not self._sends_model(use, live or sem.is_chat_call):  # type: ignore[arg-type]
                return False
        return True

    def _sends_model(self, read: ast.Name, live: Callable[[ast.Call], bool],
                     depth: int = 0) -> bool:
        """Whether a read of a model name only sends it as a model, so the name may move with
        this call: the model= of a call that is rewritten (or already on the target API), the
        id a models.retrieve looks up, or an argument of a function of this module whose
        parameter is used only so."""
        sem = self.sem
        holder = sem.parent(read)
        model_key = self._dict_model_key(self.kwargs_dict) if self.kwargs_dict else None
        if model_key is not None and self.kwargs_dict[model_key][0] is read:  # type: ignore[index]
            return True  # the model of this call's **kwargs dict, which moves with it
        if isinstance(holder, ast.Dict):
            readers = self._options_readers(holder, read)
            return readers is not None and all(
                live(reader) or self.planner.rewritable(reader) for reader in readers)
        user = sem.parent(holder) if isinstance(holder, ast.keyword) else holder
        if not isinstance(user, ast.Call) or depth > 4:
            return False
        if isinstance(holder, ast.keyword) and holder.arg in MODEL_KEYWORDS \
                and (live(user) or self.planner.rewritable(user)):
            return True
        if user.args[:1] == [read] and not user.keywords and len(user.args) == 1 and (
                any(name.endswith((".models.retrieve", ".Model.retrieve"))
                    for name in sem.call_names(user))):
            return True  # an availability check of the model this call now sends
        found = self._parameter_for(user, holder if isinstance(holder, ast.keyword) else read)
        return found is not None and self._model_parameter(*found, live, depth + 1)

    def _parameter_for(self, call: ast.Call, argument: ast.AST
                       ) -> Optional[Tuple[ast.arg, ast.AST]]:
        """The parameter of a plain function of this module (no decorator, called by its name)
        that `argument` (a positional value or a keyword) of `call` binds, with its function."""
        sem = self.sem
        if not isinstance(call.func, ast.Name) or any(
                isinstance(item, ast.Starred) for item in call.args) or any(
                item.arg is None for item in call.keywords):
            return None
        sites = sem.sites(sem.binding_of(call.func))
        if not sites:
            self.planner.needs_whole_module(call.func.id)  # a definition focus left out
        if len(sites) != 1 or not isinstance(sites[0], (ast.FunctionDef, ast.AsyncFunctionDef)) \
                or sites[0].decorator_list:
            return None
        function = sites[0]
        signature = function.args
        if isinstance(argument, ast.keyword):
            param = next((item for item in (*signature.args, *signature.kwonlyargs)
                          if item.arg == argument.arg), None)
        else:
            positional = [*signature.posonlyargs, *signature.args]
            index = next(i for i, item in enumerate(call.args) if item is argument)
            param = positional[index] if index < len(positional) else None
        return (param, function) if param is not None else None

    def _parameter_key(self, param: ast.arg, function: ast.AST):
        """The binding of a parameter, if nothing in its function assigns it again."""
        scope = self.sem.names.scopes.get(id(function))
        if scope is None:
            return None
        key = (scope.assignee(param.arg), param.arg)
        return key if self.sem.sites(key) == [param] else None

    def _model_parameter(self, param: ast.arg, function: ast.AST,
                         live: Callable[[ast.Call], bool], depth: int) -> bool:
        """Whether a parameter is used only to send a model."""
        key = self._parameter_key(param, function)
        reads = self.sem.reads(key) if key is not None else []
        return bool(reads) and all(self._sends_model(read, live, depth) for read in reads)

    def _module_callers(self, function: ast.AST) -> Optional[List[ast.Call]]:
        """Every call of a plain top-level function, when this module calls it only by its
        name, no doctest example of the module calls it and no other module of the project
        imports it; None otherwise."""
        sem, planner = self.sem, self.planner
        if planner.path is None or not isinstance(function, (ast.FunctionDef,
                                                               ast.AsyncFunctionDef)) \
                or function.decorator_list or sem.parent(function) is not sem.tree:
            return None
        planner.needs_whole_module(function.name)
        key = (sem.names.module, function.name)
        callers = sem.reads(key)
        if sem.sites(key) != [function] or not callers or any(
                not (isinstance(sem.parent(read), ast.Call) and sem.parent(read).func is read)
                for read in callers):
            return None
        if next(project.importers(planner.path, function.name), None) is not None:
            return None
        if re.search(rf"^[ \t]*(?:>>>|\.\.\.)[ \t].*\b{re.escape(function.name)}\(", sem.text,
                     re.M):
            return None  # a doctest calls it too, with what its example passes
        project.consulted(planner.path.parent)
        return [sem.parent(read) for read in callers]  # type: ignore[misc]

    def _kwargs_dict(self) -> Optional[dict]:
        """The entries of a `**params` dict built in the calling function (`dict(k=v)` or
        `{"k": v}`, then `params["k"] = v` before the call) that nothing else reads: key ->
        (value node, the node spelling the key). None when it is anything else."""
        sem = self.sem
        stars = [item for item in self.call.keywords if item.arg is None]
        if len(stars) != 1 or not isinstance(stars[0].value, ast.Name):
            return None
        name = stars[0].value
        key = sem.binding_of(name)
        sites = sem.sites(key)
        home = sem.enclosing_function(self.call)
        if len(sites) != 1 or sem.enclosing_function(sites[0]) is not home:
            return None
        statement = sem.parent(sites[0])
        if not (isinstance(statement, ast.Assign) and statement.targets == [sites[0]]):
            return None
        entries: dict = {}
        pairs = _dict_pairs(statement.value)
        if pairs is None:
            return None
        for read in sem.reads(key):
            if read is name:
                continue
            store = sem.parent(read)
            assign = sem.parent(store)
            if not (isinstance(store, ast.Subscript) and isinstance(store.ctx, ast.Store)
                    and store.value is read and isinstance(store.slice, ast.Constant)
                    and isinstance(store.slice.value, str) and isinstance(assign, ast.Assign)
                    and assign.targets == [store] and sem.enclosing_function(read) is home
                    and read.lineno < self.call.lineno and self._loop_of(read) is None):
                return None
            pairs.append((store.slice.value, assign.value, store.slice))
        for entry, entry_value, spelled in pairs:
            if entry in entries:
                return None  # set twice: which value the call sees depends on the path
            entries[entry] = (entry_value, spelled)
        return entries

    def _module_options(self) -> Tuple[Optional[dict], bool]:
        """The entries of a `**OPTIONS` dict the module builds once at its top level (a dict
        display or `dict(...)` with constant keys): key -> (value node, the node spelling the
        key), or None when it is anything else. And whether the dict is the openai calls'
        own: read only as `**OPTIONS` of 0.x calls in this module, never changed, imported
        nowhere else; a key v1 renamed can then change where it is spelled."""
        sem, planner = self.sem, self.planner
        stars = [item for item in self.call.keywords if item.arg is None]
        if len(stars) != 1 or not isinstance(stars[0].value, ast.Name) or planner.path is None:
            return None, False
        name = stars[0].value
        key = sem.binding_of(name)
        sites = sem.sites(key)
        if len(sites) != 1 or sem.enclosing_function(sites[0]) is not None:
            return None, False
        statement = sem.parent(sites[0])
        if not (isinstance(statement, ast.Assign) and statement.targets == [sites[0]]
                and sem.parent(statement) is sem.tree):
            return None, False
        planner.needs_whole_module(name.id)
        readers = self._spreaders(key)
        owned = readers is not None and all(self._openai_call(call) for call in readers) \
            and next(project.importers(planner.path, name.id), None) is None
        project.consulted(planner.path.parent)
        pairs = _dict_pairs(statement.value)
        if pairs is None:
            return None, False
        entries = {entry: (entry_value, spelled) for entry, entry_value, spelled in pairs}
        return (entries, owned) if len(entries) == len(pairs) else (None, False)

    def _options_readers(self, table: ast.Dict, value: ast.AST) -> Optional[List[ast.Call]]:
        """The calls that spread a module's `OPTIONS = {"model": ...}` dict, when `value` is
        its model and `**OPTIONS` is the only way it is read; None otherwise."""
        sem = self.sem
        statement = sem.parent(table)
        if not (isinstance(statement, ast.Assign) and statement.value is table
                and sem.parent(statement) is sem.tree and len(statement.targets) == 1
                and isinstance(statement.targets[0], ast.Name)) or not any(
                isinstance(key, ast.Constant) and key.value == "model" and item is value
                for key, item in zip(table.keys, table.values)):
            return None
        key = sem.binding_of(statement.targets[0])
        return self._spreaders(key) if sem.sites(key) == [statement.targets[0]] else None

    def _spreaders(self, key) -> Optional[List[ast.Call]]:
        """The calls that spread the name `key` binds (`f(**OPTIONS)`), when that is the only
        way it is read; None otherwise."""
        sem = self.sem
        calls = []
        for read in sem.reads(key):
            star, call = sem.parent(read), sem.parent(sem.parent(read))
            if not (isinstance(star, ast.keyword) and star.arg is None
                    and isinstance(call, ast.Call)):
                return None
            calls.append(call)
        return calls

    def _openai_call(self, call: ast.Call) -> bool:
        """A call of openai's API: a 0.x one, or one an earlier fix round made (v1)."""
        return self.sem.legacy(call) is not None or any(
            name.startswith(tuple(f"{client}()." for client in OPENAI_CLIENT_CLASSES))
            for name in self.sem.call_names(call))

    def _rename_options(self, entries: dict) -> None:
        """Rename the keys v1 spells differently (`request_timeout`, `headers`) where a
        module's `**OPTIONS` dict is built; they leave `entries`, the new names join it. A
        `timeout` that only 0.x calls read was 0.x's wait for a loading model: removed."""
        name = self.call.keywords[-1].value.id  # type: ignore[attr-defined]
        if "timeout" in entries and all(
                legacy is not None and _waits_for_model(legacy)
                for legacy in map(self.sem.legacy, self._option_readers())):
            value, spelled = entries["timeout"]
            removal = self._entry_removal(spelled, value)
            if removal is None:
                raise Uncertain(f"{name} holds timeout=, 0.x's wait for a model still loading, "
                                f"which openai>=1 takes as the HTTP timeout: remove it (or "
                                f"make it request_timeout), then run again")
            self.edits.append(removal)
            del entries["timeout"]
            self.notes.append(f"timeout= removed from {name}: 0.x's create() only bounded its "
                              f"wait for a model still loading with it")
        self._rename_keys(entries, f"where {name} is built (every reader of it is an openai "
                                   f"call)")

    def _dict_model_key(self, entries: dict) -> Optional[str]:
        """The key a `**kwargs` dict names its model under: "model", or "engine" outside Azure
        (where 0.x took the model as engine= too; on Azure it names a deployment)."""
        if "model" in entries:
            return "model"
        return "engine" if "engine" in entries and not self.on_azure else None

    def _rename_keys(self, entries: dict, where: str) -> None:
        """Rename, where a `**kwargs` dict is built, the keys openai>=1's create() spells
        otherwise (request_timeout= is timeout=, headers= extra_headers=, and outside Azure
        engine= is model=); they leave `entries`, the new names join it."""
        for old in sorted(entries):
            new = V0_ONLY.get(old) or ("model" if old == "engine" and not self.on_azure
                                       else None)
            if new is None or new in entries:
                continue
            value, spelled = entries.pop(old)
            self._rename_entry(spelled, new)
            entries[new] = (value, spelled)
            self.notes.append(f"{old}= becomes {new}= {where}")

    def _own_module_options(self) -> Optional[dict]:
        """A module's `**OPTIONS` dict that only this migration's calls read: its entries
        (with v1's names for request_timeout= / headers=), else None."""
        options, owned = self._module_options()
        if options is None or not owned or any(
                self.planner.migration_of(reader) is not self.migration
                for reader in self._option_readers()):
            return None
        self._rename_options(options)
        return options

    def _option_readers(self) -> List[ast.Call]:
        """The calls that spread this call's `**OPTIONS` dict (`_module_options` owned)."""
        name = self.call.keywords[-1].value
        return self._spreaders(self.sem.binding_of(name)) or []  # type: ignore[arg-type]

    def dict_chat_arguments(self, carried: AbstractSet[str]) -> List[cst.Arg]:
        """A completion whose arguments come from a `**params` dict built here, or from a
        module's `**OPTIONS` with `prompt=` (and the model) beside it (the cookbook's
        `create(prompt=prompt, **COMPLETIONS_API_PARAMS)`): the dict's entries change (prompt
        becomes messages, the model its chat target, the parameters the target renames or
        takes only at their default), the call keeps `**params`."""
        entries, sem = self.kwargs_dict or {}, self.sem
        named = [arg for arg in self.cst_call.args if arg.keyword is not None]
        prompt_arg = self.keyword("prompt")
        model_args = self._model_args()
        model_entry = self._dict_model_key(entries) or "model"
        # the model named beside the dict (`create(engine=ENGINE, prompt=p, **GEN_KWARGS)`)
        model_arg = model_args[0] if len(model_args) == 1 and model_entry not in entries \
            else None
        if set(map(id, named)) - {id(prompt_arg), id(model_arg)}:
            raise Uncertain(KWARGS_BY_HAND)
        if prompt_arg is not None and "prompt" not in entries:
            self.require_single_prompt(prompt_arg)
        elif prompt_arg is not None or "prompt" not in entries:
            raise Uncertain(KWARGS_BY_HAND)
        if (model_arg is None and model_entry not in entries) or any(
                arg.star == "*" for arg in self.cst_call.args):
            raise Uncertain(KWARGS_BY_HAND)
        others = sorted(set(entries) - {model_entry, "prompt"} - (carried - {"stop", "stream"}))
        if others:
            raise Uncertain(f"the call's **{self.call.keywords[-1].value.id} dict holds "  # type: ignore
                            f"{', '.join(name + '=' for name in others)}, which the chat form "
                            f"does not take as it is: move them by hand")
        args = list(self.cst_call.args)
        if model_arg is not None:
            if self.on_azure:
                raise Uncertain("Azure deployments are named by their owner: deploy a chat "
                                "model, then move the call by hand")
            args[args.index(model_arg)] = model_arg.with_changes(
                keyword=cst.Name("model"), value=self._chat_model(model_arg))
        else:
            model, model_key = entries[model_entry]
            if isinstance(model, ast.Constant) and isinstance(model.value, str):
                self.model = self._chat_target(literal_text(sem.source(model)))
                if self.model != model.value:
                    self.edits.append(_restring(sem, model, self.model))
            else:
                self._chat_model_of(model)
            if model_entry == "engine":
                self._rename_entry(model_key, "model")
        if prompt_arg is not None:
            args[args.index(prompt_arg)] = prompt_arg.with_changes(
                keyword=cst.Name("messages"),
                value=_message_list([self.message("user", prompt_arg.value)], None))
        else:
            prompt, prompt_key = entries["prompt"]
            if isinstance(prompt, (ast.List, ast.Tuple, ast.ListComp, ast.GeneratorExp)):
                raise Uncertain("a list of prompts is a batch; Chat Completions takes one "
                                "conversation per call: loop over the prompts, one create() "
                                "each")
            self._rename_entry(prompt_key, "messages")
            start, end = sem.span(prompt)
            self.edits.append(sem.edit(start, end, f'[{{"role": "user", "content": '
                                                   f'{sem.source(prompt)}}}]'))
        rule = self.planner.options.table.parameter_rule(self.model)
        for entry in sorted(set(entries) - {model_entry, "prompt"}):
            value, spelled = entries[entry]
            verdict = rule.judge(self.model, {entry: literal_argument(value)}) \
                if rule is not None else None
            if verdict is None or not verdict.changes:
                continue
            removal = self._entry_removal(spelled, value) if verdict.dropped else None
            if verdict.unsupported or (verdict.dropped and removal is None):
                raise Uncertain(f"{self.model} does not take {entry}= as the **kwargs dict "
                                f"sends it (only its default, or not at all): change the dict "
                                f"by hand")
            if removal is not None:
                self.edits.append(removal)
            else:
                self._rename_entry(spelled, verdict.renamed[entry])
            self.notes.extend(verdict.notes)
        self.notes.append("the call's **kwargs dict is rewritten where it is built")
        return args

    def _entry_removal(self, spelled: ast.AST, value: ast.AST) -> Optional[Edit]:
        """The edit removing one entry of a dict display or `dict(...)` (`entry_span`)."""
        span = entry_span(self.sem.index, spelled, value)
        return self.sem.edit(*span, "") if span is not None else None

    def _rename_entry(self, spelled: ast.AST, new: str) -> None:
        """An edit renaming a dict entry where it is spelled: a string key, or a keyword of
        `dict(...)`."""
        if isinstance(spelled, ast.Constant):
            self.edits.append(_restring(self.sem, spelled, new))
            return
        start = self.sem.index.offset(spelled.lineno, self.sem.index.column(
            spelled.lineno, spelled.col_offset))
        self.edits.append(self.sem.edit(start, start + len(spelled.arg), new))  # type: ignore

    def _kwargs_from_callers(self) -> Optional[dict]:
        """What the call's `**kwargs` can hold, when it is the `**` parameter of the function
        holding the call, read nowhere else, and every caller is known: name -> the values
        callers pass for it (keywords no named parameter takes)."""
        sem = self.sem
        stars = [item for item in self.call.keywords if item.arg is None]
        function = sem.enclosing_function(self.call)
        if len(stars) != 1 or not isinstance(stars[0].value, ast.Name) \
                or not isinstance(function, (ast.FunctionDef, ast.AsyncFunctionDef)) \
                or function.args.kwarg is None:
            return None
        key = self._parameter_key(function.args.kwarg, function)
        if key is None or sem.binding_of(stars[0].value) != key \
                or sem.reads(key) != [stars[0].value]:
            return None
        calls = self._module_callers(function)
        if calls is None:
            return None
        signature = function.args
        named = {item.arg for item in (*signature.posonlyargs, *signature.args,
                                       *signature.kwonlyargs)}
        known: dict = {}
        for call in calls:
            if any(isinstance(item, ast.Starred) for item in call.args) or any(
                    item.arg is None for item in call.keywords):
                return None
            for item in call.keywords:
                if item.arg not in named:
                    known.setdefault(item.arg, []).append(item.value)
        return known

    def _option_passed(self, value: ast.Attribute, calls: List[ast.Call]
                       ) -> Optional[ast.Constant]:
        """The model literal a parsed option (`ask(args.model, prompt)` after
        `add_argument("--model", default="text-davinci-003")`) defaults to, where every read
        of `<args>.<dest>` in the module is an argument of `calls` (the callers of the
        function holding this call) or the model of a call this fix rewrites: the default
        then moves with them. None otherwise (read another way, several defaults, choices)."""
        sem = self.sem
        defaults = sem.detector.option_defaults(value.attr)
        if len(defaults) != 1 or not isinstance(value.value, ast.Name):
            return None
        passing = {id(argument) for call in calls
                   for argument in (*call.args, *(k.value for k in call.keywords))}
        for node in ast.walk(sem.tree):
            if not (isinstance(node, ast.Attribute) and node.attr == value.attr
                    and isinstance(node.ctx, ast.Load)):
                continue
            holder = sem.parent(node)
            user = sem.parent(holder) if isinstance(holder, ast.keyword) else None
            if id(node) in passing or (
                    isinstance(holder, ast.keyword) and holder.arg in MODEL_KEYWORDS
                    and isinstance(user, ast.Call)
                    and (sem.is_chat_call(user) or self.planner.rewritable(user))):
                continue
            return None
        return defaults[0]

    def _passed_model(self, name: ast.Name) -> bool:
        """A model that callers pass in: `name` is a parameter of the function holding the
        call, a plain function of this module that only this module calls (by its name), used
        only to send a model; every caller passes a string literal or a module constant (or
        leaves the default), each moved to its chat target here, which must be one model."""
        sem, planner = self.sem, self.planner
        function = sem.enclosing_function(self.call)
        sites = sem.sites(sem.binding_of(name))
        if planner.path is None or not isinstance(function, (ast.FunctionDef,
                                                               ast.AsyncFunctionDef)) \
                or function.decorator_list or len(sites) != 1 \
                or not isinstance(sites[0], ast.arg) \
                or not self._model_parameter(sites[0], function, sem.is_chat_call, 0):
            return False
        param = sites[0]
        signature = function.args
        positional = [*signature.posonlyargs, *signature.args]
        if param not in positional and param not in signature.kwonlyargs:
            return False
        calls = self._module_callers(function)
        if calls is None:
            return False
        defaults = dict(zip(positional[len(positional) - len(signature.defaults):],
                            signature.defaults))
        defaults.update((item, value) for item, value in zip(signature.kwonlyargs,
                                                            signature.kw_defaults) if value)
        values: List[ast.expr] = []
        for call in calls:
            if any(isinstance(item, ast.Starred) for item in call.args) or any(
                    item.arg is None for item in call.keywords):
                return False
            passed = _passed_for(call, param, function)
            if passed is None:
                passed = defaults.get(param)
            if passed is None:
                return False
            values.append(passed)
        edits, targets = [], set()
        notes, model = list(self.notes), self.model
        for value in values:
            if isinstance(value, ast.Attribute):
                value = self._option_passed(value, calls)  # type: ignore[assignment]
            if isinstance(value, ast.Name):
                moved = self._imported_constant(value)  # moves with this call in its module
                if moved is not None:
                    targets.add(moved)
                    continue
                try:
                    value = self._constant(value)
                except Uncertain:
                    value = None
            target = None
            if isinstance(value, ast.Constant) and isinstance(value.value, str):
                try:
                    target = self._chat_target(literal_text(sem.source(value)))
                except Uncertain:
                    pass
            if target is None:
                self.notes[:], self.model = notes, model  # what _imported_constant noted
                return False
            targets.add(target)
            if target != value.value:  # type: ignore[union-attr]
                edits.append(_restring(sem, value, target))  # type: ignore[arg-type]
        if len(targets) != 1:
            self.notes[:], self.model = notes, model
            return False
        self.model = targets.pop()
        self.edits.extend({(edit.start, edit.end): edit for edit in edits}.values())
        self.notes.append(f"the model comes from the callers of {function.name}() ({name.id}), "
                          f"which now pass {self.model}")
        return True

    # -- the response --------------------------------------------------------------------------

    @property
    def attributes(self) -> bool:
        """Whether reads are written as attributes (a v1 object), not keys (a dict)."""
        return self.v1 and not self.dict_view and not self.dict_copy

    @property
    def reads(self) -> Reads:
        reads = self.migration.response_reads(self)
        if self.stop_code is not None and reads.text is not None and not self.dict_view:
            finish = reads.text[:2] + ("finish_reason",)
            reads = replace(reads, refused={**reads.refused, finish: (
                f"the code reads finish_reason, and {self.model} takes no stop=: the fix cuts "
                f"the reply at the stop sequence itself, so finish_reason would no longer say "
                f"'stop'; rewrite by hand")})
        return reads

    def _stream_view(self) -> bool:
        """A stream whose chunks can be handed out as 0.x's dicts: `stream=True` (a value
        that may be False gives a response, not chunks), a chat stream (a completion's chunks
        change shape), awaited where it is async (an async generator expression then takes
        the chunks; a coroutine handed on has none yet)."""
        stream = self.keyword("stream")
        return stream is not None and isinstance(stream.value, cst.Name) \
            and stream.value.value == "True" and not self.migration.reads.renamed \
            and self.asynchronous == isinstance(self.sem.parent(self.call), ast.Await)

    def _response(self) -> Tuple[ast.AST, ast.AST, str]:
        """Edits for every read of the response; returns the node the call edit covers, the
        call's expression (the call or its await) and the converted access chain written
        right after that expression (for `create(...)["choices"]`)."""
        sem = self.sem
        expr: ast.AST = self.call
        if self.host is not None:  # handed on by the host: readers are out of sight
            if not self.dict_view:
                raise Escapes(f"{dotted_name(self.call.func)} is handed to "
                              f"{dotted_name(self.host.func)}, which calls it later")
            return self.host, expr, ""
        parent = sem.parent(expr)
        if self._bounded_wait(parent):  # await asyncio.wait_for(create(...), timeout)
            expr, parent = parent, sem.parent(parent)
        if isinstance(parent, ast.Await):
            expr, parent = parent, sem.parent(parent)
        if self._opening_chunk_seen() and isinstance(parent, ast.Call) \
                and self._builtin_call(parent, "iter") and parent.args == [expr]:
            self.drops_opening_chunk = True  # `stream = iter(create(...))`: still the chunks
            parent = sem.parent(parent)
            if isinstance(parent, ast.Assign) and len(parent.targets) == 1 \
                    and isinstance(parent.targets[0], ast.Name):
                self._follow(parent.targets[0], (), 0)
                return expr, expr, ""
            raise Escapes("the stream is handed to iter() and used whole; rewrite its reads "
                          "by hand")
        if self._opening_chunk_seen() and self._enumerated(expr) is not None:
            self.drops_opening_chunk = True  # `for i, chunk in enumerate(create(...))`
            self._follow(self._enumerated(expr), (), 0)  # type: ignore[arg-type]
            return expr, expr, ""
        steps, outer = self._chain(expr, ())
        if steps:
            path = self._path(steps, ())
            self._after(outer, path, 0)
            if steps[-1].default is not None and self.attributes:
                self.wrap = steps[-1].default
            elif self._nullable(path):
                self.wrap = _quote(steps) * 2  # the reads' own quote: it may sit in an f-string
            self.cut_at_call = self._cut(outer, path, "") != ""
            return outer, expr, self._render(steps, ())
        if isinstance(parent, ast.Expr):
            return expr, expr, ""
        if isinstance(parent, ast.Assign) and len(parent.targets) == 1 \
                and isinstance(parent.targets[0], ast.Name):
            self._follow(parent.targets[0], (), 0)
            return expr, expr, ""
        if isinstance(parent, (ast.For, ast.AsyncFor, ast.comprehension)) \
                and parent.iter is expr:
            if self.streams and isinstance(parent.target, ast.Name):
                if self._opening_chunk_seen() and not self._opening_chunk_harmless(parent):
                    self.drops_opening_chunk = True
                self._follow(parent.target, (), 0)  # each chunk is a response object
                return expr, expr, ""
            if not self.dict_view:
                raise Escapes("the response is iterated directly; rewrite its reads by hand")
        if self.dict_view or not self.reads.is_object:
            return expr, expr, ""  # a dict as in v0, or text or bytes in both generations
        if isinstance(parent, ast.Return) and self._into_callers(expr, (), 0):
            return expr, expr, ""
        if isinstance(parent, ast.Assign) and len(parent.targets) == 1 \
                and isinstance(parent.targets[0], ast.Attribute) \
                and self._into_attribute(parent.targets[0]):
            return expr, expr, ""
        if self._serialized(expr, (), parent, 0):
            return expr, expr, ""
        raise Escapes(self._escape_message())

    def _into_attribute(self, target: ast.Attribute) -> bool:
        """A response stored on `self` in a method of a module class that no other class or
        module can reach (no subclass here, not imported elsewhere): every `self.<name>` of
        the class is this response or None, and its reads are rewritten in every method.
        False where that is not certain."""
        sem, planner = self.sem, self.planner
        method = sem.enclosing_function(self.call)
        owner = sem.parent(method) if method is not None else None
        if planner.path is None or not isinstance(owner, ast.ClassDef) \
                or sem.parent(owner) is not sem.tree or not isinstance(target.value, ast.Name):
            return False
        planner.needs_whole_module(target.attr)
        planner.needs_whole_module(owner.name)

        def own_self(node: ast.AST) -> bool:
            """`node` is the first parameter of a plain method of the class, read there."""
            function = sem.enclosing_function(node)
            if not (isinstance(node, ast.Name) and isinstance(function, (
                    ast.FunctionDef, ast.AsyncFunctionDef)) and sem.parent(function) is owner
                    and not function.decorator_list and function.args.args):
                return False
            return sem.binding_of(node) == self._parameter_key(function.args.args[0], function)

        uses = [node for node in ast.walk(sem.tree)
                if isinstance(node, ast.Attribute) and node.attr == target.attr]
        if not own_self(target.value) or any(not own_self(node.value) for node in uses):
            return False
        if any(isinstance(node, ast.ClassDef) and any(
                isinstance(base, ast.Name) and base.id == owner.name for base in node.bases)
                for node in ast.walk(sem.tree)):
            return False
        if next(project.importers(planner.path, owner.name), None) is not None:
            return False
        project.consulted(planner.path.parent)
        reads = []
        for node in uses:
            if isinstance(node.ctx, ast.Load):
                reads.append(node)
                continue
            statement = sem.parent(node)
            value = statement.value if isinstance(statement, ast.Assign) \
                and statement.targets == [node] else None
            if isinstance(value, ast.Await):
                value = value.value
            if node is not target and not (isinstance(value, ast.Constant)
                                           and value.value is None):
                return False
        planned = len(self.edits)
        try:
            for read in reads:
                self._convert([read], sem.source(read), (), 1)  # type: ignore[list-item]
        except Uncertain:
            del self.edits[planned:]
            return False
        self.notes.append(f"follows the response stored as self.{target.attr} into the methods "
                          f"of {owner.name}")
        return True

    def _escape_message(self) -> str:
        if self.migration.example_read:
            reads = f"attributes ({self.migration.example_read})"
        elif self.migration.reads.renamed:
            reads = ".choices[0].message.content"
        else:
            reads = "attributes (resp.choices[0].message.content, resp.data[0].embedding)"
        if not self.v1:
            reads = '["choices"][0]["message"]["content"]'
        return (f"the response leaves this scope (returned, passed on or stored): its readers "
                f"elsewhere must change to {reads}; rewrite the call and those reads together")

    def _follow(self, name: ast.Name, base: Tuple[str, ...], depth: int) -> None:
        """Convert every read of a name bound to (part of) the response, in its scope."""
        if depth > 4:
            raise Uncertain("the response is passed through too many names")
        key = self.sem.binding_of(name)
        self._read_by_importers(name, key)
        others = [site for site in self.sem.sites(key) if site is not name]
        if all(self._same_response(site, base) for site in others):
            reads = self.sem.reads(key)
        elif self.dict_view and not base:
            return  # the dict view reads as 0.x's response, and so does the other value
        else:
            reads = self._reads_until_reassigned(name, key, base)
        self._convert(reads, name.id, base, depth)

    def _read_by_importers(self, name: ast.Name, key) -> None:
        """Raise where the response is bound to a module-level name (`LAST_RESPONSE =
        response` under `global`) that another module of the project reads (`bot.LAST_RESPONSE`
        after `import bot`): those reads are the response's too, and this plan does not
        convert them."""
        if key[0].parent is not None or self.planner.path is None or self.dict_view \
                or project.RUN_PATHS.get() is None \
                or not project.named_elsewhere(self.planner.path):
            return  # (the dict view reads as 0.x's response wherever it goes)
        reads = project.reads_elsewhere(self.planner.path, name.id)
        if reads is None or reads:
            where = f"{reads[0][0].name} (line {reads[0][1].lineno})" if reads \
                else "a module this scan cannot read"
            raise Escapes(f"the response is kept in {name.id}, which {where} reads too: "
                          f"rewrite the call and those reads together")

    def _convert(self, reads: Sequence[ast.Name], name: str, base: Tuple[str, ...],
                 depth: int) -> None:
        """Edits for reads of a name that holds (part of) the response."""
        for read in reads:
            steps, outer = self._chain(read, base)
            path = self._path(steps, base)
            self._model_looked_up(outer, path)
            template = self.reads.templates.get(path)
            if template is not None:
                start, end = self.sem.span(outer)
                self.edits.append(self.sem.edit(start, end, template.format(name=name)))
            elif steps:
                new = self._cut(outer, path, self._read(name, steps, base, path, outer))
                if new != self.sem.source(outer):
                    start, end = self.sem.span(outer)
                    self.edits.append(self.sem.edit(start, end, new))
            self._after(outer, path, depth)

    def _reads_until_reassigned(self, name: ast.Name, key,
                                base: Tuple[str, ...] = ()) -> List[ast.Name]:
        """The reads of `name` that see this assignment, when the name is assigned other
        things too. A read sees the last assignment before it if that assignment's block
        holds the read (it ran on every path to the read). In a loop that assigns the name,
        a read must follow such an assignment of the same loop (a later iteration would see
        the loop's value); any read that another path could reach from here makes the
        rewrite uncertain."""
        sem = self.sem
        sites = sem.sites(key)
        other = next((site for site in sites if site is not name
                      and not self._same_response(site, base)),
                     next((site for site in sites if site is not name), name))
        problem = (f"{name.id} is also assigned something else on line "
                   f"{getattr(other, 'lineno', '?')}; rewrite its reads by hand")
        assigned = sem.parent(other)
        value = getattr(assigned, "value", None)
        value = value.value if isinstance(value, ast.Await) else value
        refusal = self.planner.refusals.get(id(value)) if isinstance(value, ast.Call) else None
        if refusal is not None:
            problem = (f"{name.id} is also assigned by the call on line {value.lineno}, "
                       f"which stays manual ({refusal}): the two move together")
            self.planner.refusal_roots[problem] = refusal
        statements = [sem.enclosing_statement(site) for site in sites]
        mine = sem.enclosing_statement(name)
        if isinstance(mine, (ast.For, ast.AsyncFor)) and self._within(name, mine.target):
            return self._loop_reads(name, key, mine, problem)
        # `for message in self.memory:` earlier in the function: the loop's own name, read in
        # its body; a read after the loop sees the last value it bound, like an assignment
        loops = [statement for site, statement in zip(sites, statements)
                 if isinstance(statement, (ast.For, ast.AsyncFor))
                 and self._within(site, statement.target)
                 and not self._within(mine, statement)]  # type: ignore[arg-type]
        if not all(isinstance(statement, (ast.Assign, ast.AnnAssign)) or statement in loops
                   for statement in statements):
            raise Uncertain(problem)
        home = sem.enclosing_function(name)
        for node in (*sites, *sem.reads(key)):
            if sem.enclosing_function(node) is not home:
                raise Uncertain(problem)
        ends = sorted((sem.span(statement)[1], id(statement), statement)
                      for statement in statements)
        seen = []
        for read in sem.reads(key):
            holder = next((loop for loop in loops if self._within(read, loop)), None)
            if holder is not None and not self._within(read, holder.iter):  # type: ignore[attr-defined]
                if any(self._within(read, statement)
                       for statement in holder.body):  # type: ignore[attr-defined]
                    continue  # the loop's own value
                raise Uncertain(problem)  # its else: the loop's value or the one before
            start = sem.span(read)[0]
            before = [statement for end, _, statement in ends if end <= start]
            loop = self._loop_of(read)
            assigned_in_loop = loop is not None and any(
                self._within(statement, loop) for statement in statements)
            if not before:
                if assigned_in_loop:
                    raise Uncertain(problem)  # a later iteration reads the loop's value
                continue  # read before any assignment here: not this value
            if not self._dominates(before[-1], read) or (
                    assigned_in_loop and not self._within(before[-1], loop)):  # type: ignore[arg-type]
                if not assigned_in_loop and all(
                        self._same_part(getattr(statement, "value", None), base) if base
                        else self._same_shape(statement)
                        for statement in statements if statement is not mine):
                    # after `if: r = chat(...) else: r = completion(...)`: either response,
                    # both rewritten to the same shape, read alike (or the same part of
                    # either: `message = followup["choices"][0]["message"]`)
                    seen.append(read)
                    continue
                if not base and not assigned_in_loop and not any(
                        isinstance(node, ast.Call) and sem.legacy(node) is not None
                        for statement in statements if statement is not mine
                        for node in ast.walk(getattr(statement, "value", None) or statement)):
                    # `r = json.load(f)` on the other path: 0.x's dict, which the dict view
                    # of the response is too, serves the reads of either (another legacy
                    # call there moves with this one, or neither does)
                    raise Escapes(problem)
                raise Uncertain(problem)
            if before[-1] is mine:
                seen.append(read)
        return seen

    def _loop_reads(self, name: ast.Name, key, loop: ast.stmt, problem: str) -> List[ast.Name]:
        """`for item in response["data"]:` where other loops of the function bind `item` too
        (`for item in other:`): the reads in this loop's body are this item's, those in the
        other loops' bodies theirs; any other read (after a loop) is uncertain."""
        sem = self.sem
        others = [site for site in sem.sites(key) if site is not name]
        loops = [sem.enclosing_statement(site) for site in others]
        if any(self._within(site, loop) for site in others) or not all(
                isinstance(other, (ast.For, ast.AsyncFor)) and self._within(site, other.target)
                for site, other in zip(others, loops)):
            raise Uncertain(problem)
        seen = []
        for read in sem.reads(key):
            if any(self._within(read, statement) for statement in loop.body):  # type: ignore[attr-defined]
                seen.append(read)
            elif not any(self._within(read, statement) for other in loops
                         for statement in other.body):  # type: ignore[attr-defined]
                raise Uncertain(problem)
        return seen

    def _same_shape(self, statement: ast.stmt) -> bool:
        """Whether an assignment binds a response this run rewrites to the same shape as this
        call's (another legacy call whose migration targets the same API, neither streamed)."""
        value = statement.value if isinstance(statement, (ast.Assign, ast.AnnAssign)) else None
        if isinstance(value, ast.Await):
            value = value.value
        if not isinstance(value, ast.Call) or self._streams():
            return False
        migration = self.planner.migration_of(value)
        return migration is not None and migration.resource == self.migration.resource \
            and not any(k.arg == "stream" for k in value.keywords) \
            and self.planner.rewritable(value)

    def _loop_of(self, node: ast.AST) -> Optional[ast.AST]:
        """The innermost loop of its function that holds `node`, or None."""
        current = self.sem.parent(node)
        while current is not None and not isinstance(current, (ast.FunctionDef,
                                                               ast.AsyncFunctionDef)):
            if isinstance(current, (ast.For, ast.AsyncFor, ast.While)):
                return current
            current = self.sem.parent(current)
        return None

    def _within(self, node: ast.AST, outer: ast.AST) -> bool:
        current: Optional[ast.AST] = node
        while current is not None:
            if current is outer:
                return True
            current = self.sem.parent(current)
        return False

    def _dominates(self, statement: ast.stmt, node: ast.AST) -> bool:
        """Whether `statement` ran on every path to `node`: a later statement of its own
        block holds `node`."""
        block = self.sem.parent(statement)
        body = next((getattr(block, field) for field in ("body", "orelse", "finalbody")
                     if statement in getattr(block, field, ())), None)
        if body is None:
            return False
        position = body.index(statement)
        current: Optional[ast.AST] = node
        while current is not None:
            if current in body[position + 1:]:
                return True
            current = self.sem.parent(current)
        return False

    def _same_response(self, site: ast.AST, base: Tuple[str, ...] = ()) -> bool:
        """Whether another assignment to a response name gives it the same kind of response
        (another call this migration rewrites, or one already in the target form) or None:
        its reads then change the same way, whichever assignment ran. A name bound to a part
        of the response (`base`: `create(...)["choices"][0]["message"]`) is not bound to the
        same thing by a whole response."""
        statement = self.sem.parent(site)
        if not (isinstance(statement, (ast.Assign, ast.AnnAssign)) and site in (
                statement.targets if isinstance(statement, ast.Assign) else [statement.target])):
            return False
        value = statement.value
        if isinstance(value, ast.Await):
            value = value.value
        if isinstance(value, ast.Constant) and value.value is None:
            return True
        if isinstance(value, ast.Dict) and not value.keys:
            return self._overwritten_at_once(statement, site)  # `response = {}` placeholder
        if base:
            return self._same_part(value, base)
        if not isinstance(value, ast.Call):
            return False
        legacy = self.sem.legacy(value)
        if legacy is not None:
            return self.planner.migration_of(value) is self.migration and (
                value is self.call or (self._stop_of(value) == self._stop_of(self.call)
                                       and self.planner.rewritable(value)))
        return any(name.endswith(f".{self.migration.resource}.create")
                   for name in self.sem.call_names(value))

    def _same_part(self, value: ast.expr, base: Tuple[str, ...]) -> bool:
        """Whether `value` reads the same part (`base`) of another response this run rewrites
        alike (`message = followup["choices"][0]["message"]`, `followup` bound once to such a
        call): the name's reads then change the same way, whichever assignment ran."""
        path: List[str] = []
        while isinstance(value, ast.Subscript) and isinstance(value.slice, ast.Constant):
            key = value.slice.value
            path.insert(0, key if isinstance(key, str) else "*")
            value = value.value
        if tuple(path) != base or not isinstance(value, ast.Name):
            return False
        sites = self.sem.sites(self.sem.binding_of(value))
        calls = []
        for site in sites:
            statement = self.sem.parent(site)
            call = statement.value if isinstance(statement, ast.Assign) \
                and statement.targets == [site] else None
            calls.append(call.value if isinstance(call, ast.Await) else call)
        # bound once to another call, or to calls all alike (`response = create(...)` for a
        # function-calling round trip's two requests): the part has one shape
        if not sites or (len(sites) == 1 and calls[0] is self.call):
            return False
        for call in calls:
            if not (isinstance(call, ast.Call) and self.planner.migration_of(call) is self.migration
                    and self._stop_of(call) == self._stop_of(self.call)  # type: ignore[arg-type]
                    and not any(k.arg == "stream" for k in call.keywords)  # type: ignore[union-attr]
                    and (call is self.call or self.planner.rewritable(call))):  # type: ignore[arg-type]
                return False
        return True

    def _stop_of(self, call: ast.Call) -> Optional[str]:
        """The source of the stop= a call sends (None for none): reads of a name two calls
        assign are cut at one stop sequence, which must be both calls' (`_cut`)."""
        value = next((keyword.value for keyword in call.keywords if keyword.arg == "stop"),
                     None)
        if value is None or (isinstance(value, ast.Constant) and value.value is None):
            return None
        return self.sem.source(value)

    def _overwritten_at_once(self, statement: ast.stmt, site: ast.AST) -> bool:
        """`response = {}` followed by an `if`/`else` whose every branch assigns the name
        first thing: no read can see the placeholder."""
        name = getattr(site, "id", None)
        parent = self.sem.parent(statement)
        body = next((block for block in (getattr(parent, field, None) for field in
                                         ("body", "orelse", "finalbody"))
                     if isinstance(block, list) and statement in block), None)
        if name is None or body is None or body.index(statement) + 1 >= len(body):
            return False
        following = body[body.index(statement) + 1]

        def assigns(block: List[ast.stmt]) -> bool:
            first = block[0] if block else None
            if isinstance(first, ast.If):
                return assigns(first.body) and assigns(first.orelse)
            return isinstance(first, ast.Assign) and any(
                isinstance(target, ast.Name) and target.id == name for target in first.targets)

        return isinstance(following, ast.If) and assigns([following])

    def _after(self, outer: ast.AST, path: Tuple[str, ...], depth: int) -> None:
        """A read that still holds a response object: follow it into a name, or give up."""
        reads = self.reads
        if path not in reads.objects and path not in reads.lists:
            return
        context = self.sem.parent(outer)
        while path in reads.lists and self._same_items(outer, context, path, depth):
            outer, context = context, self.sem.parent(context)  # type: ignore[assignment]
        alias: Optional[ast.Name] = None
        if isinstance(context, ast.Assign) and len(context.targets) == 1 \
                and isinstance(context.targets[0], ast.Name) and context.value is outer:
            alias = context.targets[0]
        elif isinstance(context, (ast.For, ast.AsyncFor, ast.comprehension)) \
                and context.iter is outer and isinstance(context.target, ast.Name):
            alias = context.target
            if not path and self._opening_chunk_seen() \
                    and not self._opening_chunk_harmless(context):
                self.drops_opening_chunk = True
        elif not path and self._opening_chunk_seen() and isinstance(context, ast.Call) \
                and context.args == [outer] and (self._builtin_call(context, "iter")
                                                 or self._builtin_call(context, "next")) \
                and isinstance(self.sem.parent(context), ast.Assign) \
                and len(self.sem.parent(context).targets) == 1:  # type: ignore[union-attr]
            # `chunks = iter(stream)` (the chunks still), `first = next(chunks)` (one of them)
            self.drops_opening_chunk = True
            outer, context = context, self.sem.parent(context)
            target = context.targets[0]  # type: ignore[union-attr]
            alias = target if isinstance(target, ast.Name) else None
        elif not path and self._opening_chunk_seen() and self._enumerated(outer) is not None:
            self.drops_opening_chunk = True  # `for i, chunk in enumerate(stream)`
            alias = self._enumerated(outer)
            context = self.sem.parent(self.sem.parent(outer))
        elif path in reads.lists:
            alias = self._enumerated(outer)
            if alias is not None:
                context = self.sem.parent(self.sem.parent(outer))  # the loop, not the call
        if alias is None:
            if isinstance(context, ast.Return) and self._into_callers(outer, path, depth):
                return
            if isinstance(context, (ast.Call, ast.keyword)) and self._into_callee(outer, path,
                                                                                 depth):
                return
            self._check_bare(outer, path, context, depth)
            return
        child_base = path + ("*",) if path in reads.lists and not isinstance(
            context, ast.Assign) else path
        self._follow(alias, child_base, depth + 1)

    def _opening_chunk_seen(self) -> bool:
        """A Completions stream moved to chat, read chunk by chunk: the chat stream opens with
        a chunk that carries only the role, which the Completions stream never sent."""
        return self.streams and isinstance(self.migration, CompletionsToChat) \
            and not self.dict_view

    def _builtin_call(self, node: ast.Call, name: str, keywords: bool = False) -> bool:
        """`node` calls the builtin `name` (not a module binding of that name), with no
        keyword arguments unless `keywords`."""
        return isinstance(node.func, ast.Name) and node.func.id == name \
            and (keywords or not node.keywords) \
            and not self.sem.sites((self.sem.names.module, name))

    def _opening_chunk_harmless(self, loop: ast.AST) -> bool:
        """A loop over the chunks that an extra chunk with empty text leaves as it was: its
        body only gathers the text (`text += ...`, `print(..., end="")`, `sys.stdout.write`),
        or a comprehension joined with "". Anything else (a count, a yield, a list) could
        see the chat stream's opening chunk."""
        sem = self.sem
        if isinstance(loop, ast.comprehension):
            built = sem.parent(loop)
            joined = sem.parent(built)
            return isinstance(built, (ast.GeneratorExp, ast.ListComp)) \
                and isinstance(joined, ast.Call) and joined.args == [built] \
                and not joined.keywords and isinstance(joined.func, ast.Attribute) \
                and joined.func.attr == "join" and isinstance(joined.func.value, ast.Constant) \
                and joined.func.value.value == ""
        if not isinstance(loop, (ast.For, ast.AsyncFor)) or loop.orelse:
            return False
        texts = {loop.target.id} if isinstance(loop.target, ast.Name) else set()

        def reads_text(value: ast.AST) -> bool:
            """Reads of the chunk or of names taken from it, with no call and no container."""
            names = {node.id for node in ast.walk(value) if isinstance(node, ast.Name)}
            return bool(names) and names <= texts | {"str"} and not any(
                isinstance(node, (ast.Call, ast.List, ast.Tuple, ast.Dict, ast.Set,
                                  ast.Lambda, ast.NamedExpr)) for node in ast.walk(value))

        def harmless(block: List[ast.stmt]) -> bool:
            for statement in block:
                if isinstance(statement, ast.Assign) and all(
                        isinstance(target, ast.Name) for target in statement.targets) \
                        and reads_text(statement.value):
                    texts.update(target.id for target in statement.targets)  # type: ignore
                elif isinstance(statement, ast.AugAssign) \
                        and isinstance(statement.op, ast.Add) \
                        and isinstance(statement.target, ast.Name) \
                        and reads_text(statement.value):
                    continue
                elif isinstance(statement, ast.If):
                    if not ((reads_text(statement.test) or harmless(statement.body))
                            and harmless(statement.orelse)):
                        return False
                elif isinstance(statement, (ast.Pass, ast.Continue)):
                    continue
                elif not (isinstance(statement, ast.Expr) and self._writes_text(
                        statement.value, reads_text)):
                    return False
            return True

        return harmless(loop.body)

    def _writes_text(self, value: ast.AST, reads_text) -> bool:
        """`print(text, end="")`, `sys.stdout.write(text)`, `sys.stdout.flush()`: nothing
        shown for empty text."""
        if not isinstance(value, ast.Call):
            return False
        name = dotted_name(value.func)
        if name == "sys.stdout.flush":
            return not value.args and not value.keywords
        if name == "sys.stdout.write":
            return len(value.args) == 1 and not value.keywords and reads_text(value.args[0])
        end = next((k.value for k in value.keywords if k.arg == "end"), None)
        return self._builtin_call(value, "print", keywords=True) and len(value.args) == 1 \
            and reads_text(value.args[0]) and isinstance(end, ast.Constant) and end.value == "" \
            and all(k.arg in ("end", "flush") for k in value.keywords)

    def _same_items(self, listed: ast.AST, context: Optional[ast.AST], path: Tuple[str, ...],
                    depth: int) -> bool:
        """`choices[1:3]`, `reversed(choices)`, `list(choices)`, `sorted(data, key=lambda d:
        d["index"])`: a list (or iterator) of the same objects, read as the list's items are
        (a sort key's reads of them too)."""
        if isinstance(context, ast.Subscript) and context.value is listed:
            return isinstance(context.slice, ast.Slice) and isinstance(context.ctx, ast.Load)
        if not (isinstance(context, ast.Call) and context.args == [listed]
                and isinstance(context.func, ast.Name)
                and context.func.id in ("reversed", "list", "tuple", "sorted")
                and not self.sem.sites((self.sem.names.module, context.func.id))):
            return False
        if context.func.id == "sorted":  # type: ignore[union-attr]
            return self._sort_keys(context, path, depth)
        return not context.keywords

    def _sort_keys(self, call: ast.Call, path: Tuple[str, ...], depth: int) -> bool:
        """A sort of the list at `path` (`sorted(...)`, `.sort()`) by `key=lambda item: ...`
        (and `reverse=`): the lambda's reads of its item are converted. False for any other
        key, which the fix cannot follow."""
        key = next((k.value for k in call.keywords if k.arg == "key"), None)
        if any(k.arg not in ("key", "reverse") for k in call.keywords) or (
                isinstance(call.func, ast.Attribute) and call.args):
            return False
        if key is None:
            return True
        if not (isinstance(key, ast.Lambda) and len(key.args.args) == 1
                and not key.args.posonlyargs and not key.args.kwonlyargs
                and key.args.vararg is None and key.args.kwarg is None):
            return False
        item = key.args.args[0].arg
        reads = [node for node in ast.walk(key.body) if isinstance(node, ast.Name)
                 and node.id == item and isinstance(node.ctx, ast.Load)]
        self._convert(reads, item, path + ("*",), depth + 1)
        return True

    def _enumerated(self, listed: ast.AST) -> Optional[ast.Name]:
        """`for i, item in enumerate(<listed>)`: the name each item is bound to."""
        sem = self.sem
        call = sem.parent(listed)
        loop = sem.parent(call) if call is not None else None
        if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
                and call.func.id == "enumerate" and call.args[:1] == [listed]
                and len(call.args) <= 2 and all(k.arg == "start" for k in call.keywords)
                and not sem.sites((sem.names.module, "enumerate"))
                and isinstance(loop, (ast.For, ast.AsyncFor, ast.comprehension))
                and loop.iter is call and isinstance(loop.target, ast.Tuple)
                and len(loop.target.elts) == 2 and isinstance(loop.target.elts[1], ast.Name)):
            return None
        return loop.target.elts[1]  # type: ignore[return-value]

    def _into_callers(self, returned: ast.AST, path: Tuple[str, ...], depth: int) -> bool:
        """A response returned by a top-level function of this module that the module only
        calls, and that no other module of the project imports: its reads are its callers'
        reads, rewritten here. False where that is not certain."""
        sem = self.sem
        function = sem.enclosing_function(returned)
        if depth > 4 or not self.attributes or not isinstance(function, (ast.FunctionDef,
                                                                    ast.AsyncFunctionDef)):
            return False
        exits = [node for node in ast.walk(function)
                 if isinstance(node, (ast.Return, ast.Yield, ast.YieldFrom))
                 and sem.enclosing_function(node) is function]
        if len(exits) != 1:  # one return, of this response (no other value, no generator)
            return False
        calls = self._module_callers(function)
        if calls is None:
            return False
        planned = len(self.edits)
        try:
            for call in calls:
                expr: ast.AST = call
                if isinstance(function, ast.AsyncFunctionDef):
                    if not isinstance(sem.parent(expr), ast.Await):
                        raise Uncertain("a caller does not await the response")
                    expr = sem.parent(expr)
                steps, outer = self._chain(expr, path)
                full = self._path(steps, path)
                if steps:
                    start, end = sem.span(outer)
                    prefix = sem.text[start:self._base_end(expr)]
                    self.edits.append(sem.edit(start, end, self._cut(
                        outer, full, self._read(prefix, steps, path, full, outer))))
                self._after(outer, full, depth + 1)
        except Uncertain:
            del self.edits[planned:]  # the callers cannot all be followed: not this way
            return False
        self.notes.append(f"follows the response into the callers of {function.name}()")
        return True

    def _into_callee(self, passed: ast.AST, path: Tuple[str, ...], depth: int) -> bool:
        """A response passed to a plain function of this module that only this call site
        calls (and no other module imports): its reads are that parameter's reads, rewritten
        there. False where that is not certain."""
        sem, planner = self.sem, self.planner
        holder = sem.parent(passed)
        call = sem.parent(holder) if isinstance(holder, ast.keyword) else holder
        if depth > 4 or not self.attributes or planner.path is None \
                or not isinstance(call, ast.Call):
            return False
        found = self._parameter_for(call, holder if isinstance(holder, ast.keyword) else passed)
        if found is None:
            return False
        param, function = found
        key = self._parameter_key(param, function)
        if key is None or self._module_callers(function) != [call]:
            return False
        planned = len(self.edits)
        try:
            self._convert(sem.reads(key), param.arg, path, depth + 1)
        except Uncertain:
            del self.edits[planned:]  # its reads cannot all be followed: not this way
            return False
        self.notes.append(f"follows the response into {function.name}()")
        return True

    def _key_test(self, outer: ast.AST, path: Tuple[str, ...],
                  context: Optional[ast.AST]) -> bool:
        """`"content" in delta` or `hasattr(delta, "content")`: a v0 object had the key only
        when the API sent it; a v1 object has every field, None when it was not sent. The test
        becomes `delta.content is not None` (`not in`: `is None`)."""
        if self._has_attribute_test(outer, context):
            return self._attribute_test(outer, path, context)  # type: ignore[arg-type]
        if not (isinstance(context, ast.Compare) and len(context.ops) == 1
                and isinstance(context.ops[0], (ast.In, ast.NotIn))
                and context.comparators[0] is outer and isinstance(context.left, ast.Constant)
                and isinstance(context.left.value, str)):
            return False
        key = context.left.value
        if not key.isidentifier() or keyword.iskeyword(key) or path + (key,) in \
                self.reads.renamed or any((path + (key,))[:len(refused)] == refused
                                          for refused in self.reads.refused):
            return False
        if not self.v1:
            return True  # still a dict
        left_start = self.sem.span(context.left)[0]
        outer_start, outer_end = self.sem.span(outer)
        test = "is None" if isinstance(context.ops[0], ast.NotIn) else "is not None"
        holder = [part for part in path if part != "*"][-1:] or [""]
        if key in V1_FIELDS.get(holder[0], ()):
            self.edits.append(self.sem.edit(left_start, outer_start, ""))
            self.edits.append(self.sem.edit(outer_end, outer_end, f".{key} {test}"))
        else:
            # `"error" in response`: no field of v1's objects, whose attribute read would
            # raise; getattr gives None, as the key was absent
            quote = self.sem.source(context.left)[-1]
            self.edits.append(self.sem.edit(left_start, outer_start, "getattr("))
            self.edits.append(self.sem.edit(outer_end, outer_end,
                                            f", {quote}{key}{quote}, None) {test}"))
        return True

    def _builtin_type_test(self, outer: ast.AST, context: Optional[ast.AST]) -> bool:
        """`isinstance(<outer>, tuple)` (or a tuple of such builtins): 0.x's objects were
        dicts, v1's are pydantic models, and neither is one of these, so the test gives the
        same answer (not so for dict, Mapping or object)."""
        if not (isinstance(context, ast.Call) and not context.keywords
                and len(context.args) == 2 and context.args[0] is outer
                and self._calls_one_of(context, ("isinstance",))):
            return False
        kinds = context.args[1]
        names = kinds.elts if isinstance(kinds, ast.Tuple) else [kinds]
        module = self.sem.names.module
        return all(isinstance(name, ast.Name) and name.id in _NEITHER_RESPONSE_TYPE
                   and not self.sem.sites((module, name.id)) for name in names)

    def _runs_before(self, statement: ast.AST) -> bool:
        """Whether the call runs before `statement` does: both in the module's own top-level
        code (a script, a notebook's cells in order), the call's statement first."""
        sem = self.sem
        if sem.enclosing_function(self.call) is not None:
            return False
        body = sem.tree.body

        def top(node: ast.AST) -> Optional[int]:
            while node is not None and sem.parent(node) is not sem.tree:
                node = sem.parent(node)  # type: ignore[assignment]
                if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                    return None
            return body.index(node) if node in body else None  # type: ignore[arg-type]

        mine, other = top(self.call), top(statement)
        return mine is not None and other is not None and mine < other

    def _bounded_wait(self, node: Optional[ast.AST]) -> bool:
        """`asyncio.wait_for(<this call>, timeout)`, awaited: its result is the response."""
        return self.asynchronous and isinstance(node, ast.Call) and bool(node.args) \
            and node.args[0] is self.call and isinstance(self.sem.parent(node), ast.Await) \
            and self._calls_one_of(node, ("asyncio.wait_for",))

    def _has_attribute_test(self, outer: ast.AST, context: Optional[ast.AST]) -> bool:
        """`hasattr(<outer>, "key")` with Python's own hasattr."""
        return isinstance(context, ast.Call) and not context.keywords \
            and len(context.args) == 2 and context.args[0] is outer \
            and isinstance(context.args[1], ast.Constant) \
            and isinstance(context.args[1].value, str) \
            and self._calls_one_of(context, ("hasattr",))

    def _attribute_test(self, outer: ast.AST, path: Tuple[str, ...], test: ast.Call) -> bool:
        """`hasattr(delta, "content")` -> `delta.content is not None`, a field v1 always
        has (None where the API sent none); other keys stay manual."""
        key = test.args[1].value  # type: ignore[attr-defined]
        holder = [part for part in path if part != "*"][-1:] or [""]
        if not self.v1:
            return True  # a v0 object still
        if not key.isidentifier() or keyword.iskeyword(key) \
                or key not in V1_FIELDS.get(holder[0], ()) or path + (key,) in \
                self.reads.renamed:
            return False
        replaced: ast.AST = test
        parent = self.sem.parent(test)
        test_word = "is not None"
        if isinstance(parent, ast.UnaryOp) and isinstance(parent.op, ast.Not):
            replaced, parent, test_word = parent, self.sem.parent(parent), "is None"
        bare = isinstance(parent, (ast.If, ast.While, ast.IfExp, ast.Assert, ast.BoolOp,
                                   ast.comprehension, ast.Assign, ast.Return)) or (
            isinstance(parent, ast.UnaryOp) and isinstance(parent.op, ast.Not))
        # edits around the object, whose own read may change too (`chunk["choices"][0]...`)
        start, end = self.sem.span(replaced)
        outer_start, outer_end = self.sem.span(outer)
        self.edits.append(self.sem.edit(start, outer_start, "" if bare else "("))
        self.edits.append(self.sem.edit(outer_end, end, f".{key} {test_word}"
                                        + ("" if bare else ")")))
        return True

    def _check_bare(self, outer: ast.AST, path: Tuple[str, ...],
                    context: Optional[ast.AST], depth: int) -> None:
        """A response object used whole (returned, passed on) changes type in v1: not certain."""
        measured = isinstance(context, ast.Call) and isinstance(context.func, ast.Name) \
            and context.func.id == "len"  # len(): no reader of its contents
        if self.dict_copy and self.reads.renamed and not measured:
            # a copy in the target's shape (`message.content` for `text`) read elsewhere
            raise Escapes(f"a copy of the response is used whole on line "
                          f"{getattr(outer, 'lineno', 0)} in the new API's shape, so its readers "
                          f"elsewhere must change too; rewrite them by hand")
        if self.dict_view or self.dict_copy:
            if isinstance(context, ast.Attribute) and not hasattr(dict, context.attr) and not (
                    self.dict_view and context.attr in VIEW_METHODS):
                raise Uncertain(f"the response is read with .{context.attr}() on line "
                                f"{getattr(outer, 'lineno', 0)}, which openai<1's objects had "
                                f"and a dict has not; rewrite that read by hand")
            return  # a dict, as in v0: every use of it stays what it was
        if path in self.reads.lists and measured:
            return
        if self._key_test(outer, path, context):
            return
        if isinstance(context, ast.Call) and isinstance(context.func, ast.Name) \
                and context.func.id in ("type", "id") and context.args == [outer]:
            return  # its class or identity: no reader of its contents
        if self._builtin_type_test(outer, context):
            return  # `isinstance(response, tuple)`: False for a 0.x object and a v1 one
        line = getattr(outer, "lineno", 0)
        if isinstance(context, ast.Attribute) and self.v1 and path in self.reads.dicts \
                and context.attr in ("items", "keys", "values", "get"):
            end = self.sem.span(outer)[1]  # the object's own dict, keyed as 0.x's was
            self.edits.append(self.sem.edit(end, end, ".model_dump(by_alias=True)"))
            return
        if self._serialized(outer, path, context, depth) or self._printed(outer, path, context):
            return
        if isinstance(context, ast.Attribute) and context.attr == "sort" \
                and path in self.reads.lists and self.sem.parent(context) is not None \
                and self._sort_keys(self.sem.parent(context), path, depth):  # type: ignore
            return  # `data.sort(key=lambda d: d["index"])`: in place, the items read in the key
        if isinstance(context, ast.Attribute):
            example = self.migration.example_read or ".choices[0].message.content"
            raise Escapes(f"the response is read with .{context.attr}() on line {line}, a "
                            f"dict method that v1 response objects do not have; rewrite that "
                            f"read by hand (attributes: {example})")
        what = "the response" if not path else "part of the response"
        if isinstance(context, ast.Call) and isinstance(context.func, ast.Name) \
                and context.func.id in _ITERATING_BUILTINS and outer in context.args:
            extra = (" (the chat stream also starts with a chunk that carries only the "
                     "role, which would count)") if self.streams and self.migration.reads.renamed \
                else ""
            raise Escapes(f"{what} is handed to {context.func.id}() on line {line}, whose "
                          f"items this fix does not follow{extra}; rewrite those reads by hand")
        raise Escapes(f"{what} is used whole on line {line} (returned, passed on or stored), "
                        f"so its readers cannot be followed; rewrite them by hand")

    def _serialized(self, outer: ast.AST, path: Tuple[str, ...], context: Optional[ast.AST],
                    depth: int) -> bool:
        """The response (or an object in it) serialised: `json.dumps(resp)` becomes
        `json.dumps(resp.to_dict())` (v1 objects are no JSON), `resp.to_dict_recursive()`
        `resp.to_dict()`; a copy read back (`record = json.loads(json.dumps(resp))`, `data =
        resp.to_dict()`) is a dict in the target's shape, its reads followed with keys. The
        dumped text itself follows the new API's shape."""
        if not self.v1 or self.dict_view or path not in self.reads.objects:
            return False
        sem = self.sem
        end = sem.span(outer)[1]
        opening: Optional[Edit] = None
        if isinstance(context, ast.Call) and context.args[:1] == [outer] \
                and self._calls_one_of(context, ("json.dumps", "json.dump")):
            serialised: ast.AST = context
            edit = sem.edit(end, end, ".to_dict()")
            if (not path or path[-1] in ("choices", "message", "delta")) \
                    and not self.migration.reads.renamed:
                # a reply, a choice or a message as the API sent it: no fields it now adds
                # (refusal: null, system_fingerprint), the API's field order (`_printed`
                # shows it so too)
                start = sem.span(outer)[0]
                opening = sem.edit(start, start, f"{OBJECT_VIEW}(")
                edit = sem.edit(end, end, ".to_dict())")
        elif isinstance(context, ast.Attribute) \
                and context.attr in ("to_dict", "to_dict_recursive") \
                and isinstance(sem.parent(context), ast.Call) \
                and sem.parent(context).func is context and not sem.parent(context).args \
                and not sem.parent(context).keywords:
            serialised = sem.parent(context)
            attribute_end = sem.span(context)[1]
            edit = sem.edit(attribute_end - len(context.attr), attribute_end, "to_dict")
            if (not path or path[-1] in ("choices", "message", "delta")) \
                    and not self.migration.reads.renamed:
                # the dict 0.x gave: the fields as the API sent them then (no refusal: null,
                # no system_fingerprint), copied by the view's own to_dict() /
                # to_dict_recursive()
                start = sem.span(outer)[0]
                opening = sem.edit(start, start, f"{OBJECT_VIEW}(")
                edit = sem.edit(end, end, ".to_dict())")
        else:
            return False
        copy: ast.AST = serialised
        holder = sem.parent(copy)
        if isinstance(serialised, ast.Call) and self._calls_one_of(serialised, ("json.dumps",)) \
                and isinstance(holder, ast.Call) and holder.args[:1] == [copy] \
                and self._calls_one_of(holder, ("json.loads",)):
            copy, holder = holder, sem.parent(holder)
        if isinstance(holder, ast.Assign) and len(holder.targets) == 1 \
                and isinstance(holder.targets[0], ast.Name) and holder.value is copy:
            self.dict_copy = True
            try:
                self._follow(holder.targets[0], path, depth + 1)
            finally:
                self.dict_copy = False
        elif isinstance(holder, ast.Expr) and copy is serialised \
                and self._calls_one_of(serialised, ("json.dump",)):
            pass  # written to a file
        elif not (isinstance(holder, ast.Call) and holder.args[:1] == [copy] and (
                self._calls_one_of(holder, ("json.dumps", "json.dump", "print"))
                or (isinstance(holder.func, ast.Attribute)
                    and holder.func.attr in ("write", "debug", "info", "warning", "error")))):
            return False  # the copy goes where its readers cannot be followed
        if sem.text[edit.start:edit.end] != edit.content:
            self.edits.append(edit)
        if opening is not None:
            self.edits.append(opening)
            self.shows_view = True
        if "serialises the response" not in " ".join(self.notes):
            self.notes.append("serialises the response with .to_dict() (the JSON follows the "
                              "new API's shape)")
        return True

    def _printed(self, outer: ast.AST, path: Tuple[str, ...], context: Optional[ast.AST]) -> bool:
        """The response (or an object in it) printed or logged whole: openai<1 showed the JSON
        the API sent, v1 would show a repr. Where the API keeps its shape, `print(message)`
        becomes `print(_openai_object(message.to_dict()))` (that JSON again); a response
        whose shape changes (a completion's) shows its new JSON, `print(resp.to_json())`."""
        if not self.v1 or self.dict_view or path not in self.reads.objects \
                or not isinstance(outer, (ast.Name, ast.Attribute, ast.Subscript)) \
                or not (isinstance(context, ast.Call) and any(arg is outer for arg in context.args)
                        and (self._calls_one_of(context, ("print",)) or _logs(context))):
            return False
        if self.streams and not path and self._assigned(outer) is self.call:
            # the stream object itself (not a chunk): openai<1 showed a generator's repr,
            # openai>=1 shows the Stream's (it has no to_dict()); printed as it is
            if "prints the stream object" not in " ".join(self.notes):
                self.notes.append("prints the stream object as it is (a repr, as openai<1's "
                                  "generator was)")
            return True
        if self.reads.shown_whole is not None:
            raise Uncertain(f"the response is shown on line {context.lineno}: "
                            f"{self.reads.shown_whole}")
        start, end = self.sem.span(outer)
        if self.migration.reads.renamed:  # another shape: 0.x's JSON would mislead
            self.edits.append(self.sem.edit(end, end, ".to_json()"))
            if "prints the response" not in " ".join(self.notes):
                self.notes.append("prints the response with .to_json() (the JSON follows the "
                                  "new API's shape)")
            return True
        # the same shape: the JSON openai<1 showed, the API's fields in the API's order
        self.edits.append(self.sem.edit(start, start, f"{OBJECT_VIEW}("))
        self.edits.append(self.sem.edit(end, end, ".to_dict())"))
        self.shows_view = True
        if "shows the response" not in " ".join(self.notes):
            self.notes.append(f"shows the response as openai<1 did ({OBJECT_VIEW}(..."
                              f"to_dict()), a function added after the imports: the JSON the "
                              f"API sent, in its order)")
        return True

    def _calls_one_of(self, call: ast.Call, names: Sequence[str]) -> bool:
        """Whether `call` calls one of the qualified `names` (`json.dumps`, a builtin)."""
        func = call.func
        base = func
        while isinstance(base, ast.Attribute):
            base = base.value
        if not isinstance(base, ast.Name):
            return False
        found = self.sem.names.names(func, self.sem.scope_of(base))
        if isinstance(func, ast.Name) and not found:
            found = {func.id}  # a builtin (print)
        return bool(found & set(names))

    def _chain(self, node: ast.AST, base: Tuple[str, ...]) -> Tuple[List[_Step], ast.AST]:
        """The accesses read after `node` (which holds the response at `base`), and the
        outermost node they cover."""
        sem = self.sem
        steps: List[_Step] = []
        free = _free_quote(sem, node)
        if not self.dict_view and sem.debug_field(*sem.span(node)) is not None:
            raise Escapes(f"the response is read in an f-string field written `{{...=}}` "
                          f"on line {getattr(node, 'lineno', '?')}, which prints the read's "
                          f"own text")
        current = node
        while True:
            parent = sem.parent(current)
            if isinstance(parent, ast.Subscript) and parent.value is current:
                index = parent.slice
                if isinstance(index, ast.Slice) and steps and self._leaf(
                        base + tuple(step.path_part() for step in steps)):
                    return steps, current  # `item["embedding"][:3]`: a slice of a value
                if isinstance(index, ast.Slice) \
                        and base + tuple(step.path_part() for step in steps) in self.reads.lists:
                    return steps, current  # `choices[1:3]`: the same items (`_same_items`)
                if isinstance(index, (ast.Slice, ast.Tuple)):
                    raise Uncertain("the response is sliced; rewrite its reads by hand")
                if isinstance(index, ast.Constant) and isinstance(index.value, str):
                    key = literal_text(sem.source(index))
                    # the dict view keeps the API's keys ("self-harm"); v1's objects name
                    # them as attributes (self_harm)
                    if key is not None and self.v1 and not self.dict_view \
                            and key in self.reads.attributes:
                        key = self.reads.attributes[key]
                    if key is None or (not self.dict_view and (
                            not key.isidentifier() or keyword.iskeyword(key))):
                        raise Uncertain(f"the response is read with the key "
                                        f"{sem.source(index)}")
                    steps.append(_Step(key, quote=sem.source(index)[-1], free_quote=free))
                else:
                    steps.append(_Step(None, sem.source(index), free_quote=free))
            elif isinstance(parent, ast.Attribute) and parent.value is current:
                grand = sem.parent(parent)
                if isinstance(grand, ast.Call) and grand.func is parent:
                    step = self._get_step(parent, grand)
                    if step is None:
                        return steps, current  # a method call: judged by the path it is on
                    if step.default is not None and self.attributes and \
                            base + tuple(s.path_part() for s in steps) + (step.key or "",) \
                            in self.reads.present:
                        # `.get("delta", {})`: v1 always fills it, so the default never applies
                        step = replace(step, default=None)
                    steps.append(replace(step, free_quote=free))
                    if step.default is not None:
                        return steps, grand  # a default ends what can be converted
                    current = grand
                    continue
                steps.append(_Step(parent.attr, quote="", free_quote=free))
            else:
                return steps, current
            current = parent

    def _get_step(self, method: ast.Attribute, call: ast.Call) -> Optional[_Step]:
        """`.get("key")` / `.get("key", default)` on a response object, as a step."""
        if method.attr != "get" or call.keywords or not 1 <= len(call.args) <= 2:
            return None
        key = call.args[0]
        if not (isinstance(key, ast.Constant) and isinstance(key.value, str)):
            return None
        text = literal_text(self.sem.source(key))
        if text is None or not text.isidentifier() or keyword.iskeyword(text):
            return None
        default = self.sem.source(call.args[1]) if len(call.args) == 2 else None
        if default == "None":
            default = None
        return _Step(text, quote=self.sem.source(key)[-1], via_get=True, default=default)

    def _leaf(self, path: Tuple[str, ...]) -> bool:
        """A path to a plain value of the response (a text, a vector), no object or list of
        objects whose reads would change: slicing it needs no rewrite."""
        reads = self.reads
        return path not in reads.objects and path not in reads.lists \
            and not any(known[:len(path)] == path and len(known) > len(path)
                        for known in (*reads.objects, *reads.lists, *reads.renamed))

    def _path(self, steps: List[_Step], base: Tuple[str, ...]) -> Tuple[str, ...]:
        path = base + tuple(step.path_part() for step in steps)
        if len(path) == 1 and steps and not steps[0].quote and path[0] in V0_OBJECT_ONLY:
            if path[0] == "response_ms" and self.v1 and not self.dict_view \
                    and not self.streams and not self.asynchronous and self.legacy.sdk == "v0":
                self.response_ms = True  # read from the raw response's header
            else:
                raise Uncertain(f"the response's .{path[0]} is {V0_OBJECT_ONLY[path[0]]}, which "
                                f"openai<1 attached to its objects and openai>=1's responses "
                                f"lack; drop that read or rewrite it by hand")
        for refused, why in self.reads.refused.items():
            if path[:len(refused)] == refused:
                raise Uncertain(why)
        if self.migration.reads.renamed and len(path) >= 3 and path[:1] == ("choices",) \
                and path[2] == "logprobs":
            raise Uncertain("the response's logprobs are read, and Chat Completions gives them "
                            "in another shape (logprobs=True with top_logprobs=N; "
                            "choices[i].logprobs.content[j].logprob), which reasoning models "
                            "do not return: rewrite the call and those reads by hand")
        return path

    def _render(self, steps: List[_Step], base: Tuple[str, ...]) -> str:
        """The access chain in the target shape: attributes for v1, keys for v0."""
        out: List[str] = []
        path = base
        quote = _quote(steps)
        renamed = self.reads.renamed
        for step in steps:
            next_path = path + (step.path_part(),)
            parts: Sequence[Optional[str]] = renamed.get(next_path, (step.key,))
            # A key read as it was keeps its own quote; new keys take the chain's.
            own = quote if next_path in renamed or not step.quote else step.quote
            for part in parts:
                last = part == parts[-1]
                if part is None and self.attributes and (
                        path in self.reads.dicts
                        or (path in self.reads.objects and step is steps[-1])):
                    # `scores[name]`, `usage[key]`: an object read by a computed key is its
                    # own dict
                    out.append(f".model_dump(by_alias=True)[{step.index_code}]")
                elif part is None and self.attributes and path in self.reads.objects:
                    raise Uncertain(f"the response's {'.'.join(path) or 'object'} is read by a "
                                    f"computed key ([{step.index_code}]) and then read further: "
                                    f"openai>=1 gives an object there; read it with getattr() "
                                    f"by hand")
                elif part is None:
                    out.append(f"[{step.index_code}]")
                elif part.startswith("["):
                    out.append(part)  # a fixed index of the target shape (`content[0]`)
                elif self.attributes or (self.dict_view and not step.quote):
                    out.append(f".{part}")  # the dict view reads attributes as 0.x's did
                elif step.via_get and last:
                    default = f", {step.default}" if step.default is not None else ""
                    out.append(f".get({own}{part}{own}{default})")
                elif self._nullable(next_path) and last:
                    out.append(f".get({own}{part}{own})")  # a v0 delta may lack the key
                else:
                    out.append(f"[{own}{part}{own}]")
            path = next_path
        return "".join(out)

    def _read(self, name: str, steps: List[_Step], base: Tuple[str, ...],
              path: Tuple[str, ...], node: Optional[ast.AST] = None) -> str:
        """The whole new read of `name`: `(read or default)` where v1 gives None for a key v0
        left out (.get with a default, a key read under `except KeyError`) or for text a
        streamed chunk may lack."""
        new = name + self._render(steps, base)
        if steps and steps[-1].default is not None and self.attributes:
            return f"({new} or {steps[-1].default})"
        if self._nullable(path) or (path in self.reads.absent and self.attributes
                                    and not steps[-1].via_get and node is not None
                                    and self._under_key_error(node)):
            return f"({new} or {_quote(steps) * 2})"
        return new

    def _under_key_error(self, node: ast.AST) -> bool:
        """Whether `node` stands in the body of a try statement that catches KeyError."""
        child, parent = node, self.sem.parent(node)
        while parent is not None and not isinstance(parent, (ast.FunctionDef,
                                                              ast.AsyncFunctionDef, ast.Lambda)):
            if isinstance(parent, ast.Try) and child in parent.body and any(
                    handler.type is None or any(
                        isinstance(caught, ast.Name) and caught.id in (
                            "KeyError", "LookupError", "Exception", "BaseException")
                        for caught in (handler.type.elts if isinstance(handler.type, ast.Tuple)
                                       else [handler.type]))
                    for handler in parent.handlers):
                return True
            child, parent = parent, self.sem.parent(parent)
        return False

    def _nullable(self, path: Tuple[str, ...]) -> bool:
        """A read whose new value may be None (typed optional in v1; a v0 chunk's delta may
        lack the key) where the old one was always text."""
        return path in self.reads.nullable and ((self.v1 and not self.dict_view)
                                                or self.streams)

    def _base_end(self, expr: ast.AST) -> int:
        """Where the access chain after `expr` starts (after any closing parentheses)."""
        text = self.sem.text
        position = self.sem.span(expr)[1]
        while position < len(text) and text[position] not in "[.":
            position += 1
        return position

    # -- the function and the client ------------------------------------------------------------

    def _func(self) -> cst.BaseExpression:
        func = self.cst_call.func
        if not self.v1:
            assert isinstance(func, cst.Attribute) and isinstance(func.value, cst.Attribute)
            return func.with_changes(value=func.value.with_changes(
                attr=cst.Name(self.migration.v0_resource or "")))
        if self.legacy.sdk != "v0":  # the same client, another resource
            assert isinstance(func, cst.Attribute) and isinstance(func.value, cst.Attribute)
            head, *rest = self.migration.resource.split(".")
            value: cst.BaseExpression = cst.Attribute(value=func.value.value,
                                                      attr=cst.Name(head))
            for part in rest:
                value = cst.Attribute(value=value, attr=cst.Name(part))
            return func.with_changes(value=value, attr=cst.Name("create"))
        client = self._client_expression()
        if self.client_options and not self.client_per_call:
            client += ".with_options(" + ", ".join(
                f"{name}={_EXPRESSION.code_for_node(value)}"
                for name, value in self.client_options) + ")"
            self.notes.append("the call's own " + ", ".join(
                f"{name}=" for name, _ in self.client_options) + " go to client.with_options()")
        raw = "with_raw_response." if self.response_ms else ""
        return cst.parse_expression(f"{client}.{self.migration.resource}.{raw}"
                                    f"{self.migration.v1_method(self.legacy)}")

    def _client_expression(self) -> str:
        if self._client_inline():
            return f"{self._constructor(self._client_class())}(" \
                   f"{', '.join(self._per_call_arguments())})"
        own = self._own_client()
        if own is not None:  # never the module's client: one of its own, named apart
            return self.planner.client_name(self.asynchronous, azure=own, local=True,
                                            apart=True)
        return self.planner.client_name(self.asynchronous, azure=self._azure_apart(),
                                        local=self._client_at_call())

    def _client_inline(self) -> bool:
        """The call brings its own api_key= and stands in a lambda or a comprehension, whose
        names a client made before the statement cannot see: the client is made in the call
        (`OpenAI(api_key=key).chat.completions.create(...)`), as openai<1 read the key per
        call. Not on Azure, whose client needs the endpoint and api_version too, unless the
        call brings them with its own api_type=."""
        return self.client_per_call and self._inside_expression_scope() and (
            _client_kind(self.sem, self.planner.facts, self.call) is False
            or self._own_client() is not None)

    def _client_class(self) -> str:
        azure = _client_kind(self.sem, self.planner.facts, self.call)
        return ("Async" if self.asynchronous else "") + ("AzureOpenAI" if azure else "OpenAI")

    def _openai_alias(self) -> Optional[str]:
        """The other name the call reaches the openai module through (`oa.ChatCompletion`
        after `import openai as oa`, at the top or in its function), if it does."""
        root = self.call.func
        while isinstance(root, ast.Attribute):
            root = root.value
        if not isinstance(root, ast.Name) or root.id == "openai":
            return None
        sites = self.sem.sites(self.sem.binding_of(root))
        return root.id if any(isinstance(site, ast.alias) and site.name == "openai"
                              and site.asname == root.id for site in sites) else None

    def _constructor(self, class_name: str) -> str:
        """How the new code names the client class: by its imported name, or through the
        module (openai imported inside a function only, or the module's own class of that
        name, `class OpenAI(BaseEmbedding)`)."""
        facts = self.planner.facts
        imported = (facts.import_end is not None or class_name in facts.imported) \
            and not self._shadowed(class_name)
        return class_name if imported else f"openai.{class_name}"

    def _client_at_call(self) -> bool:
        """No client made at import fits, each call gets its own: openai's settings are made
        at run time (`_settings_at_run_time`), or the call is async and the module starts
        event loops in functions (an async client must not outlive its loop)."""
        return self._settings_at_run_time() or (self.asynchronous
                                                 and self.planner.loops_per_call())

    def _settings_at_run_time(self) -> bool:
        """openai's settings are made inside a function or after the first call, or api_type
        is decided at run time."""
        facts = self.planner.facts
        return bool(facts.inner_settings() or facts.settings_after_calls
                    or self._module_api_type_at_run_time())

    def _azure_apart(self) -> bool:
        """An Azure client made at the call in a module whose other calls get OpenAI ones: it
        is named apart (`azure_client`)."""
        kinds = self.planner.client_kinds()
        return kinds == {True, False} and _client_kind(
            self.sem, self.planner.facts, self.call) is True

    def _check_module_root(self) -> None:
        """Raise where the name a 0.x call goes through (`openai.ChatCompletion.create`) is
        also assigned in the module (`openai = runner.get_openai()`, a tracing wrapper): the
        call may not be the openai module's, and a client made from that name would not be
        openai's either."""
        root = self.call.func
        while isinstance(root, ast.Attribute):
            root = root.value
        if self.legacy.sdk != "v0" or not isinstance(root, ast.Name) or root is self.call.func:
            return
        sites = self.sem.sites(self.sem.binding_of(root))
        if root.id != "openai" and not any(isinstance(site, ast.alias) for site in sites):
            return  # a stored reference (`chat = openai.ChatCompletion`), judged elsewhere
        for site in sites:
            statement = self.sem.parent(site)
            value = getattr(statement, "value", None)
            if isinstance(statement, (ast.Assign, ast.AnnAssign, ast.AugAssign)) \
                    and not isinstance(value, ast.Constant) and not self._in_handler(statement):
                # (`openai = None` in `except ImportError:` is no other object)
                raise Uncertain(f"{root.id} is also assigned on line {statement.lineno}"
                                f"{' (' + ast.unparse(value) + ')' if value is not None else ''}"
                                f", which may not be the openai module: migrate what it "
                                f"holds and its calls by hand")

    def _in_handler(self, node: ast.AST) -> bool:
        """Whether `node` sits in an `except` clause."""
        current = self.sem.parent(node)
        while current is not None and not isinstance(current, ast.ExceptHandler):
            current = self.sem.parent(current)
        return current is not None

    def _client(self, call_start: int) -> Tuple[List[Edit], str]:
        """Import and module-level client, once per module (existing ones are reused)."""
        facts, sem = self.planner.facts, self.sem
        kind = "AsyncOpenAI" if self.asynchronous else "OpenAI"
        class_name = ("AsyncAzureOpenAI" if self.asynchronous else "AzureOpenAI") \
            if facts.azure else kind
        name = self._client_expression()
        self._check_module_root()
        if self.client_per_call and self._own_client() is not None:
            return self._local_client(name, self._per_call_arguments())
        if facts.clients.get(kind):
            return [], f"uses the existing {name}"
        if self.client_per_call:
            return self._local_client(name, self._per_call_arguments())
        elsewhere = self.planner.settings_elsewhere()
        moved = sorted(set(elsewhere) & {"api_base", "api_type", "api_version"})
        if moved:
            where = elsewhere[moved[0]].name
            raise Uncertain(f"{where} sets openai.{moved[0]}, which this module's calls also ran "
                            f"with (openai<1's settings were process-wide): create the client "
                            f"there (OpenAI(base_url=...) or AzureOpenAI(...)) and use it here, "
                            f"or set the same values in this module, then run again")
        if elsewhere:
            return self._local_client(name)
        if self._client_at_call():
            return self._local_client(name)
        if facts.anchor_end is None or facts.import_end is None:
            alias = next((item.asname for statement in sem.tree.body
                          if isinstance(statement, ast.Import) for item in statement.names
                          if item.name == "openai" and item.asname), None)
            root = self.call.func
            while isinstance(root, ast.Attribute):
                root = root.value
            sites = sem.sites(sem.binding_of(root)) if isinstance(root, ast.Name) else []
            statement = sem.parent(sites[0]) if len(sites) == 1 else None
            if isinstance(statement, ast.Assign) and alias is not None:
                raise Uncertain(f"{root.id} is the module's own {ast.unparse(statement.value)} "  # type: ignore[union-attr]
                                f"(line {statement.lineno}), which wraps openai (imported as "
                                f"{alias}): migrate that wrapper and its calls by hand")
            if alias is not None:
                raise Uncertain(f"the module imports openai as {alias}: write `import openai` "
                                f"and openai. for {alias}., then run again")
            raise Uncertain("the module does not import openai at its top level")
        if call_start < facts.anchor_end or facts.settings_after_calls:
            raise Uncertain("the module sets openai's settings after its first call: create "
                            "the client after them by hand")
        newline = _newline(sem.text)
        settings = facts.top_settings()
        arguments = []
        # v0's openai.api_base: openai>=1's module calls it base_url (azure_endpoint for
        # Azure); every use is renamed, so the client reads a name the SDK declares.
        base = "azure_endpoint" if facts.azure else "base_url"
        renames = self._api_base_renames(base)
        if facts.azure:
            arguments = ["api_key=openai.api_key", "api_version=openai.api_version",
                         f"azure_endpoint=openai.{base}"]
        else:
            if "api_key" in settings:
                arguments.append("api_key=openai.api_key")
            if "organization" in settings:
                arguments.append(ORGANIZATION)
            if "api_base" in settings:
                arguments.append(f"base_url=openai.{base}")
        # The module may bind the class's name to something else (langchain's OpenAI): then
        # the class is named through the openai module, and nothing is imported.
        shadowed = self._shadowed(class_name)
        constructor = f"openai.{class_name}" if shadowed else class_name
        if not facts.binds_openai and (shadowed or arguments):
            raise Uncertain(NO_OPENAI_NAME)
        statement = f"{name} = {constructor}({', '.join(arguments)})"
        note = f"adds {statement}" + ("" if arguments else " (reads OPENAI_API_KEY)")
        if len(statement) > 88:
            statement = f"{name} = {constructor}({newline}" + "".join(
                f"    {argument},{newline}" for argument in arguments) + ")"
        edits: List[Edit] = []
        missing = self._missing_classes(class_name)
        import_line = f"from openai import {', '.join(missing)}{newline}" \
            if class_name in missing else ""
        gap = newline if facts.anchor_is_import else ""
        if facts.import_end == facts.anchor_end:
            edits.append(sem.edit(facts.anchor_end, facts.anchor_end,
                                  import_line + gap + statement + newline))
        else:
            if import_line:
                edits.append(sem.edit(facts.import_end, facts.import_end, import_line))
            edits.append(sem.edit(facts.anchor_end, facts.anchor_end, gap + statement + newline))
        return edits + renames, note

    def _missing_classes(self, class_name: str) -> List[str]:
        """The client classes to import for `class_name`: in a module whose calls get both
        OpenAI and Azure clients, both kinds, by one edit that every call's fix shares."""
        prefix = "Async" if self.asynchronous else ""
        classes = {prefix + "AzureOpenAI", prefix + "OpenAI"} \
            if self.planner.client_kinds() == {True, False} else {class_name}
        return sorted(c for c in classes
                      if c not in self.planner.facts.imported and not self._shadowed(c))

    def _shadowed(self, class_name: str) -> bool:
        """Whether the module binds `class_name` to something other than openai's class (its
        own `class OpenAI(BaseEmbedding)`, langchain's OpenAI): then the new client is made as
        `openai.OpenAI(...)`, and nothing is imported under that name."""
        return class_name not in self.planner.facts.imported and bool(
            self.sem.sites((self.sem.names.module, class_name)))

    def _module_api_type_at_run_time(self) -> bool:
        """A module-level client is made once, as OpenAI or AzureOpenAI: every call must get
        that kind. An api_type set under a condition (`if not use_aad: openai.api_type =
        "azure"`), computed, or to several values picks the kind at run time."""
        facts = self.planner.facts
        types = facts.api_types()
        return any(_under_condition(self.sem, s.statement) for s in facts.settings
                   if s.attribute == "api_type") or None in types \
            or len(types) > 1 or (not facts.azure and bool(types - {"open_ai", "openai"})) \
            or (not types and _reads_api_type(self.sem))

    @property
    def on_azure(self) -> bool:
        """The call runs on Azure, as far as the code tells: the module sets api_type "azure"
        at import, or where the call runs (`_client_kind`)."""
        return self.planner.facts.azure or _client_kind(
            self.sem, self.planner.facts, self.call) is True

    def _per_call_arguments(self) -> List[str]:
        """The client's arguments from the call's own api_key= (api_base=, organization=),
        evaluated right before the call: names, attributes, constants and subscripts only."""
        arguments = []
        for option, value in self.client_options:
            if not (_plain_value(value) or _environment_lookup(value)):
                raise Uncertain(f"the call's own {option}= is computed in the call: bind it "
                                f"to a name first, then run again")
            code = _EXPRESSION.code_for_node(value)
            if option == "organization" and not (isinstance(value, cst.SimpleString)
                                                 and len(value.raw_value) > 0):
                code += " or None"  # openai<1 sent no header for an empty one
            arguments.append(f"{option}={code}")
        return arguments

    def _local_client(self, name: str, given: Optional[List[str]] = None
                      ) -> Tuple[List[Edit], str]:
        """A client made right before the call, from openai's settings as they are when the
        call runs (the module sets them inside a function or after its first call, or picks
        OpenAI or Azure at run time; v0 read them per call). Not openai>=1's module-level
        client: it refuses to choose when the environment holds both OpenAI and Azure
        credentials, and has no async form."""
        sem, facts = self.sem, self.planner.facts
        azure = _client_kind(sem, facts, self.call)
        if azure is None:
            raise Uncertain(API_TYPE_AT_RUN_TIME)
        if given is not None and azure and not self._own_client():
            raise Uncertain("on Azure the call's own api_key= goes to an AzureOpenAI client "
                            "made with the endpoint and api_version: create it by hand")
        kinds = self.planner.client_kinds()
        mixed = kinds == {True, False}
        class_name = self._client_class()
        inline = self._client_inline()
        statement = sem.enclosing_statement(self.call)
        if not inline and (statement is None or isinstance(
                statement, (ast.If, ast.While, ast.With, ast.AsyncWith, ast.Try, ast.Match
                            if hasattr(ast, "Match") else ast.Try))):
            raise Uncertain("openai's settings are made inside a function: create the client "
                            "right before this call by hand")
        line_start = indent = None
        if not inline:
            assert statement is not None
            start = sem.span(statement)[0]
            line_start = sem.index.starts[statement.lineno - 1]
            indent = sem.text[line_start:start]
            if indent.strip():  # `if x: return create(...)`: no line of its own
                raise Uncertain("openai's settings are made inside a function: create the "
                                "client right before this call by hand")
        set_anywhere = {s.attribute for s in facts.settings} | set(self.planner.settings_elsewhere())
        if azure and given is None and "api_base" not in set_anywhere:
            raise Uncertain("on Azure the module leaves the endpoint to the environment: "
                            "openai<1 read OPENAI_API_BASE and OPENAI_API_KEY, AzureOpenAI reads "
                            "AZURE_OPENAI_ENDPOINT and AZURE_OPENAI_API_KEY; set those (or pass "
                            "azure_endpoint= and api_key=), then create the AzureOpenAI client "
                            "by hand")
        # One name for every openai.api_base of the module, whichever client reads it.
        # (azure_endpoint as soon as an Azure client reads it: its type is AzureOpenAI's)
        base = "azure_endpoint" if True in kinds else "base_url"
        if given is not None:
            arguments = given
        elif azure:
            arguments = ["api_key=openai.api_key", "api_version=openai.api_version",
                         f"azure_endpoint=openai.{base}"]
        else:
            arguments = ["api_key=openai.api_key"] if "api_key" in set_anywhere else []
            if "organization" in set_anywhere:
                arguments.append(ORGANIZATION)
            if "api_base" in set_anywhere:
                arguments.append(f"base_url=openai.{base}")
        newline = _newline(sem.text)
        constructor = self._constructor(class_name)
        if not facts.binds_openai and (constructor != class_name
                                       or any("openai." in argument for argument in arguments)):
            raise Uncertain(NO_OPENAI_NAME)
        made = f"{constructor}({', '.join(arguments)})"
        alias = self._openai_alias()
        if alias is not None and "openai." in made:
            raise Uncertain(f"the call goes through openai imported as {alias}, and its client "
                            f"would read openai's settings where the name openai is not bound: "
                            f"write `import openai` and openai. for {alias}., then run again")
        line = made if inline else f"{name} = {made}"
        edits = [] if line_start is None else [
            sem.edit(line_start, line_start, f"{indent}{line}{newline}")]
        missing = self._missing_classes(class_name)
        if class_name in missing and facts.import_end is not None:
            edits.append(sem.edit(facts.import_end, facts.import_end,
                                  f"from openai import {', '.join(missing)}{newline}"))
        elsewhere = self.planner.settings_elsewhere()
        if given is not None and self._own_client() is not None:
            why = "the call brings its own api_type= and the settings that client needs"
        elif given is not None and self._keys_only_per_call():
            why = "the call brings its own api_key=, and nothing in the module sets one"
        elif given is not None:
            why = "the call brings its own api_key= (and every other setting the module makes)"
        elif elsewhere:
            why = (f"{sorted(elsewhere.values())[0].name} sets openai."
                   f"{' and openai.'.join(sorted(elsewhere))} for the whole process")
        elif mixed:
            if _api_type_guard(sem, self.call) is not None:
                because = "the test of openai.api_type around it"
            elif azure:
                because = "it names the deployment with engine= or deployment_id="
            else:
                because = "it names model= without engine=, which openai<1 refused on Azure"
            why = (f"the module picks OpenAI or Azure at run time (openai.api_type), and this "
                   f"call runs on {'Azure' if azure else 'OpenAI'} ({because})")
        elif not self._settings_at_run_time():
            why = ("the module runs event loops in a function, in a loop or in several places "
                   "(asyncio.run, run_until_complete), and an async client must not outlive "
                   "its loop (openai<1 opened a session per request)")
        else:
            why = "the module sets openai's settings inside a function"
        where = "in the call, inside its lambda or comprehension" if inline \
            else "where the call runs"
        return edits + self._api_base_renames(base), (
            f"makes the client {where} ({line}): {why}, and the client reads "
            f"them then, as openai<1 did")

    def _api_base_renames(self, name: str) -> List[Edit]:
        """Edits renaming every `openai.api_base` of the module to `openai.<name>`, where the
        module sets it: a read where nothing sets it gave 0.28's default (OPENAI_API_BASE),
        which openai.base_url (None unless set) does not; that read is GM206's (v0_settings)."""
        edits: List[Edit] = []
        nodes = self.sem.openai_attributes("api_base")
        if not any(isinstance(node.ctx, ast.Store) for node in nodes):
            return edits
        for node in nodes:
            end = self.sem.span(node)[1]
            edits.append(self.sem.edit(end - len("api_base"), end, name))
        return edits


# -- small helpers --------------------------------------------------------------------------------

CUT_AT_STOP = "_cut_at_stop"
# Added to a module whose call drops stop= (the target model rejects it): the reply as the
# API returned it when stop= ended it, the text before the first stop sequence.
CUT_AT_STOP_SOURCE = (
    f"def {CUT_AT_STOP}(text, stop):\n"
    f"    \"\"\"The reply up to its first stop sequence (the model now called takes no stop=)."
    f"\"\"\"\n"
    f"    if not text:\n"
    f"        return text\n"
    f"    stops = [stop] if isinstance(stop, str) else list(stop or ())\n"
    f"    return min((text.split(s, 1)[0] for s in stops if s), key=len, default=text)\n")


RESPONSE_MS = "_with_response_ms"
# Added to a module that reads `response.response_ms`: 0.x set it from the response's
# openai-processing-ms header; openai>=1 gives the headers on `.with_raw_response` only.
RESPONSE_MS_SOURCE = (
    f"def {RESPONSE_MS}(raw):\n"
    f"    \"\"\"The parsed response, with openai<1's response_ms (the openai-processing-ms "
    f"header).\"\"\"\n"
    f"    response = raw.parse()\n"
    f"    header = raw.headers.get(\"openai-processing-ms\")\n"
    f"    response.response_ms = None if header is None else round(float(header))\n"
    f"    return response\n")


OPENING_CHUNK = "_completion_chunks"
# Added where a Completions stream moved to chat has its chunks counted, numbered or handed on:
# a chat stream opens with a chunk that carries only the role (no text), which the Completions
# stream never sent. (An awaited stream gets the async form, OPENING_CHUNK_ASYNC.)
OPENING_CHUNK_SOURCE = (
    f"def {OPENING_CHUNK}(stream):\n"
    f"    \"\"\"The chunks of a chat stream as a Completions stream sent them: without the "
    f"opening\n"
    f"    chunk that carries only the role.\"\"\"\n"
    f"    for chunk in stream:\n"
    f"        if chunk.choices and chunk.choices[0].delta.role \\\n"
    f"                and not chunk.choices[0].delta.content:\n"
    f"            continue\n"
    f"        yield chunk\n")
OPENING_CHUNK_ASYNC = "_completion_chunks_async"
OPENING_CHUNK_ASYNC_SOURCE = (
    f"async def {OPENING_CHUNK_ASYNC}(stream):\n"
    f"    \"\"\"The chunks of a chat stream as a Completions stream sent them: without the "
    f"opening\n"
    f"    chunk that carries only the role.\"\"\"\n"
    f"    async for chunk in stream:\n"
    f"        if chunk.choices and chunk.choices[0].delta.role \\\n"
    f"                and not chunk.choices[0].delta.content:\n"
    f"            continue\n"
    f"        yield chunk\n")


AWAITED_VIEW = "_awaited_view"
# Added where a coroutine of a response is handed on (`asyncio.gather(*[acreate(...) ...])`):
# whoever awaits it gets the view openai<1's awaited acreate() gave.
AWAITED_VIEW_SOURCE = (
    f"async def {AWAITED_VIEW}(response, view, *args):\n"
    f"    \"\"\"The awaited response as openai<1 returned it (view: how it read).\"\"\"\n"
    f"    return view((await response).to_dict(), *args)\n")


OBJECT_VIEW = "_openai_object"
# Added to a module whose response leaves what the fix can follow: openai<1's OpenAIObject was a
# dict whose keys also read as attributes, so readers of either kind elsewhere keep working.
OBJECT_VIEW_SOURCE = (
    f"def {OBJECT_VIEW}(value) -> dict:\n"
    f"    \"\"\"The response as openai<1 returned it: dicts whose keys also read as "
    f"attributes.\"\"\"\n"
    f"    class OpenAIObject(dict):\n"
    f"        def __getattr__(self, name):\n"
    f"            try:\n"
    f"                return self[name]\n"
    f"            except KeyError:\n"
    f"                raise AttributeError(name) from None\n"
    f"\n"
    f"        def __setattr__(self, name, value):  # written as a key, as openai<1 did\n"
    f"            self[name] = value\n"
    f"\n"
    f"        def __str__(self):  # print() shows it as openai<1 did\n"
    f"            import json\n"
    f"            return json.dumps(self, indent=2)\n"
    f"\n"
    f"        def __reduce__(self):  # pickled by value, rebuilt on load\n"
    f"            return {OBJECT_VIEW}, (dict(self),)\n"
    f"\n"
    f"        def to_dict(self):  # openai<1's objects had both\n"
    f"            return dict(self)\n"
    f"\n"
    f"        def to_dict_recursive(self):\n"
    f"            import json\n"
    f"            return json.loads(json.dumps(self))\n"
    f"\n"
    f"    # the API's field order (openai<1 kept it; to_dict() gives the SDK's own)\n"
    f"    order = {{key: rank for rank, key in enumerate((\n"
    f"        \"id\", \"object\", \"created\", \"index\", \"data\", \"embedding\", \"model\", \"choices\",\n"
    f"        \"message\", \"delta\", \"role\", \"content\", \"text\", \"function_call\", \"name\",\n"
    f"        \"arguments\", \"logprobs\", \"finish_reason\", \"usage\", \"prompt_tokens\",\n"
    f"        \"completion_tokens\", \"total_tokens\"))}}\n"
    f"\n"
    f"    def keys(item, within=None):\n"
    f"        # a message's or a chunk's fields the API now sends empty (refusal: null), which\n"
    f"        # openai<1's replies did not have; a message's null content stays\n"
    f"        kept = [key for key in item if within not in (\"message\", \"delta\")\n"
    f"                or (item[key] is not None and item[key] != [])\n"
    f"                or (within, key) == (\"message\", \"content\")]\n"
    f"        if within == \"choices\" and (\"message\" in item or \"delta\" in item):\n"
    f"            # nor a chat choice's logprobs: null\n"
    f"            kept = [key for key in kept if key != \"logprobs\" or item[key] is not None]\n"
    f"        # nor the fields the API added with openai 1.0 or later, which no openai<1\n"
    f"        # program read (a listing of the fields or a dump would show them)\n"
    f"        added = {{None: (\"system_fingerprint\", \"service_tier\"),\n"
    f"                 \"usage\": (\"prompt_tokens_details\", \"completion_tokens_details\")}}\n"
    f"        kept = [key for key in kept if key not in added.get(within, ())]\n"
    f"        return sorted(kept, key=lambda key: order.get(key, len(order)))\n"
    f"\n"
    f"    def convert(item, within=None):\n"
    f"        if isinstance(item, dict):\n"
    f"            return OpenAIObject((key, convert(item[key], key)) for key in keys(item, within))\n"
    f"        if isinstance(item, list):\n"
    f"            return [convert(inner, within) for inner in item]\n"
    f"        return item\n"
    f"\n"
    f"    # a message or a chunk's delta shown on its own (print(choice.message))\n"
    f"    within = \"message\" if \"role\" in value and \"choices\" not in value else None\n"
    f"    return OpenAIObject((key, convert(value[key], key)) for key in keys(value, within))\n")


# What the dict view adds to a dict's methods, as openai<1's objects had them.
VIEW_METHODS = frozenset({"to_dict", "to_dict_recursive"})
LEGACY_VIEW = "_completion_object"
# Added to a module whose completion's response leaves what the fix can follow: the chat
# response in the shape openai<1 gave a completion (built on OBJECT_VIEW; the text cut at
# stop=, which the chat target may not take, with finish_reason "stop" as the API gave it).
LEGACY_VIEW_SOURCE = (
    f"def {LEGACY_VIEW}(value, stop=None) -> dict:\n"
    f"    \"\"\"A chat response in the shape openai<1 gave a completion: choices[i][\"text\"]."
    f"\"\"\"\n"
    f"    choices = []\n"
    f"    for choice in value[\"choices\"]:\n"
    f"        text = choice[\"message\"].get(\"content\") or \"\"\n"
    f"        finish_reason = choice.get(\"finish_reason\")\n"
    f"        if stop is not None and {CUT_AT_STOP}(text, stop) != text:\n"
    f"            text, finish_reason = {CUT_AT_STOP}(text, stop), \"stop\"\n"
    f"        choices.append({{\"text\": text, \"index\": choice[\"index\"], \"logprobs\": None,\n"
    f"                        \"finish_reason\": finish_reason}})\n"
    f"    fields = {{key: value[key] for key in (\"id\", \"created\", \"model\", \"usage\") "
    f"if key in value}}\n"
    f"    view = {OBJECT_VIEW}({{**fields, \"object\": \"text_completion\", \"choices\": "
    f"choices}})\n"
    f"    # a completion's choice leads with its text, as the API sent it (the view orders a\n"
    f"    # chat choice's fields)\n"
    f"    view[\"choices\"] = [type(view)((key, choice[key])\n"
    f"                                  for key in (\"text\", \"index\", \"logprobs\", "
    f"\"finish_reason\"))\n"
    f"                       for choice in view[\"choices\"]]\n"
    f"    return view\n")


def _leading_imports(tree: ast.Module) -> Optional[ast.stmt]:
    """The last statement of the imports a module starts with (after its docstring; an `if` or
    `try` that only imports counts), where code the fix adds goes."""
    last = None
    for index, statement in enumerate(tree.body):
        if index == 0 and isinstance(statement, ast.Expr) \
                and isinstance(statement.value, ast.Constant):
            continue
        if not all(isinstance(node, (ast.Import, ast.ImportFrom)) or node is statement
                   and isinstance(node, (ast.If, ast.Try)) or isinstance(node, (
                       ast.ExceptHandler, ast.Pass, ast.expr, ast.expr_context, ast.cmpop,
                       ast.alias, ast.operator, ast.boolop, ast.unaryop))
                   for node in ast.walk(statement)):
            break
        last = statement
    return last


def _passed_for(call: ast.Call, param: ast.arg, function: ast.AST) -> Optional[ast.expr]:
    """What `call` gives `function`'s parameter `param`, by keyword or by position (None if
    neither: its default, or a star argument, gives it)."""
    signature = function.args  # type: ignore[attr-defined]
    positional = [*signature.posonlyargs, *signature.args]
    passed = next((item.value for item in call.keywords if item.arg == param.arg), None)
    if passed is None and param in positional:
        index = positional.index(param)
        if index < len(call.args) and not any(isinstance(item, ast.Starred)
                                              for item in call.args[:index + 1]):
            passed = call.args[index]
    return passed


def _stop_literal(value: ast.AST) -> bool:
    """A stop= value written out: a string, or a list or tuple of strings."""
    if isinstance(value, ast.Constant):
        return isinstance(value.value, str)
    return isinstance(value, (ast.List, ast.Tuple)) and all(
        isinstance(item, ast.Constant) and isinstance(item.value, str) for item in value.elts)



# A test double of the HTTP layer openai<1 sent its requests through (requests, aiohttp, its
# own api_requestor), in a module that also spells openai (`Planner._faked_over_http`).
_HTTP_FAKE = re.compile(
    r"""\b(?:patch(?:\.object)?|setattr)\(\s*["']?"""
    r"""(?:requests|aiohttp|openai\.api_requestor|openai\.util)\b"""
    r"""|@responses\.activate\b|\bresponses\.(?:add|start|RequestsMock)\b"""
    r"""|\brequests_mock\b|\baioresponses\b""")
# requests' Session.request faked: the one method every request of openai<1 went through, so a
# module reaching the call need not spell openai (a test of the app's own functions).
_SESSION_FAKE = re.compile(
    r"""\b(?:patch(?:\.object)?|setattr)\(\s*["']?requests(?:\.sessions)?\.Session"""
    r"""(?:\.request\b|["']?\s*,\s*["']request["'])""")


def _wrapped_literals(call: ast.Call) -> List[ast.Constant]:
    """The string literals a call is given as its only argument (`ModelId("gpt-4")`,
    `str("gpt-4")`): what an identity-like wrapper hands on, which may be the model."""
    return [call.args[0]] if len(call.args) == 1 and not call.keywords \
        and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str) else []


def _environment_key(value: ast.expr) -> Optional[str]:
    """The variable an environment read without a default names: `os.environ["K"]`,
    `os.environ.get("K")`, `os.getenv("K")`; None for anything else."""
    if isinstance(value, ast.Subscript) and dotted_name(value.value) == "os.environ":
        return string_value(value.slice)
    if isinstance(value, ast.Call) and len(value.args) == 1 and not value.keywords \
            and dotted_name(value.func) in ("os.environ.get", "os.getenv"):
        return string_value(value.args[0])
    return None


def _plain_value(value: cst.BaseExpression) -> bool:
    """A name, an attribute, a string or a subscript: read again earlier, it is the same."""
    return isinstance(value, (cst.Name, cst.Attribute, cst.SimpleString, cst.Subscript))


# Builtin classes neither a 0.x response (a dict subclass) nor a v1 one (a pydantic model) is.
_NEITHER_RESPONSE_TYPE = frozenset({"tuple", "list", "str", "bytes", "int", "float", "bool",
                                    "set", "frozenset", "type"})


# Environment lookups, which read and change nothing else: evaluated a statement earlier,
# they give the same value (`api_key=os.getenv(args.key)`).
_ENVIRONMENT_LOOKUPS = frozenset({"os.getenv", "os.environ.get", "getenv", "environ.get"})


def _environment_lookup(value: cst.BaseExpression) -> bool:
    return isinstance(value, cst.Call) \
        and _EXPRESSION.code_for_node(value.func) in _ENVIRONMENT_LOOKUPS \
        and all(arg.star == "" and arg.keyword is None and _plain_value(arg.value)
                for arg in value.args)


def _quote(steps: Sequence[_Step]) -> str:
    """The quote the response's reads were written with, else one the enclosing f-string
    allows (before Python 3.12 an f-string's expressions cannot hold its own quote)."""
    return next((step.quote for step in steps if step.key is not None and step.quote),
                steps[0].free_quote if steps else '"')


class _ImageUrlObjects(cst.CSTTransformer):
    """`{"type": "image_url", "image_url": url}` -> `... "image_url": {"url": url}` in the
    content parts of a printed call (the values were judged text by
    `CallPlan._image_url_edits`)."""

    def leave_Dict(self, original: cst.Dict, updated: cst.Dict) -> cst.Dict:
        def text(node: Optional[cst.BaseExpression]) -> Optional[str]:
            return node.evaluated_value if isinstance(node, cst.SimpleString) \
                and isinstance(node.evaluated_value, str) else None

        elements = [e for e in updated.elements if isinstance(e, cst.DictElement)]
        if not any(text(e.key) == "type" and text(e.value) == "image_url" for e in elements):
            return updated
        return updated.with_changes(elements=[
            e.with_changes(value=cst.Dict([cst.DictElement(
                cst.SimpleString(f"{e.key.value[-1]}url{e.key.value[-1]}"),  # type: ignore
                e.value)]))
            if isinstance(e, cst.DictElement) and text(e.key) == "image_url"
            and not isinstance(e.value, cst.Dict) else e
            for e in updated.elements])


def _free_quote(sem: Semantics, node: ast.AST) -> str:
    """A quote character text inserted at `node` may use (`Semantics.free_quote`). Raises
    Uncertain where the enclosing f-strings use both quotes."""
    quote = sem.free_quote(node)
    if quote is None:
        raise Uncertain("the response is read inside f-strings that use both quotes; "
                        "rewrite the read by hand")
    return quote


def _module_path(path: Optional[str]) -> Optional[Path]:
    """The file of a module being planned, when it is a real file in a running scan."""
    if not path or path.startswith("<") or project.RUN_PATHS.get() is None:
        return None
    try:
        return Path(path).resolve()
    except (OSError, RuntimeError):
        return None


def _restring(sem: Semantics, literal: ast.Constant, value: str) -> Edit:
    """An edit that makes a plain string literal hold `value`, keeping its prefix and quotes."""
    start, end = sem.span(literal)
    source = sem.text[start:end]
    quote_length = 3 if source.endswith(('"""', "'''")) else 1
    head = len(source) - len(source.lstrip("rRuUbBfF")) + quote_length
    return sem.edit(start + head, end - quote_length, value)


def _name_positionals(call: cst.Call, names: Tuple[str, ...]) -> cst.Call:
    """The call with its leading positional arguments passed by the names they bind to."""
    args = list(call.args)
    for index, name in enumerate(names[:len(args)]):
        arg = args[index]
        if arg.keyword is not None or arg.star:
            break
        args[index] = arg.with_changes(keyword=cst.Name(name), equal=cst.AssignEqual(
            whitespace_before=cst.SimpleWhitespace(""), whitespace_after=cst.SimpleWhitespace("")))
    return call.with_changes(args=args)


def _newline(text: str) -> str:
    first = text.find("\n")
    if first > 0 and text[first - 1] == "\r":
        return "\r\n"
    if first < 0 and "\r" in text:
        return "\r"
    return "\n"


def _broken(indent: str) -> cst.ParenthesizedWhitespace:
    return cst.ParenthesizedWhitespace(first_line=cst.TrailingWhitespace(), empty_lines=[],
                                       indent=True, last_line=cst.SimpleWhitespace(indent))


def _message_list(messages: List[cst.Dict], indent: Optional[str]) -> cst.List:
    if indent is None:
        return cst.List([cst.Element(m) for m in messages])
    inner = indent + "    "
    elements = [cst.Element(m, comma=cst.Comma(whitespace_after=_broken(inner)))
                for m in messages[:-1]]
    elements.append(cst.Element(messages[-1], comma=cst.Comma(whitespace_after=_broken(indent))))
    return cst.List(elements, lbracket=cst.LeftSquareBracket(whitespace_after=_broken(inner)))


def _arg_indent(call: cst.Call, index: int) -> Optional[str]:
    before = call.whitespace_before_args if index == 0 else call.args[index - 1].comma
    if isinstance(before, cst.Comma):
        before = before.whitespace_after
    if isinstance(before, cst.ParenthesizedWhitespace):
        return before.last_line.value
    return None


__all__ = ["CALL_CODES", "CallPlan", "Planner", "attach_fixes"]

