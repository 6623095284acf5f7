"""Detection: a libcst visitor that turns one parsed module into findings (with their fixes).

A string is a finding when its whole value names a table model and it stands where a model
goes (a `model=` argument, a `{"model": ...}` entry, an assignment to a *model* or *engine*
name, the default of `os.getenv("MODEL", ...)`, an element of a list or dict bound to such a
name), or when a name it is bound to later reaches such a place (value flow inside the
module), or when it names an unambiguous model anywhere a string is used as a value.
Docstrings, comments, bare string statements and parts of longer text are never findings.

Legacy API calls are resolved through imports, aliases and stored references
(`client = openai.Completion`), then classified by `classify_call`, which the API rewrites
reuse: a call finding's span is always the call's `func` node.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Mapping, Optional, Sequence, Set, Tuple, Union

import libcst as cst
from libcst.metadata import MetadataWrapper, PositionProvider, QualifiedNameProvider

# Which strings name a model lives in `matching` (no libcst there, so a run that parses nothing
# never imports libcst); re-exported here for the visitors and for callers of this module.
from gptmigrate.matching import API_MARKERS, DetectOptions, ModelMatch, ModelMatcher
from gptmigrate.rules import get_rule
from gptmigrate.table import ModelRow, Resolution
from gptmigrate.types import Edit, Finding, Fix, FixSafety, Position, Severity

MODEL_KEYWORDS = frozenset({
    "model", "engine", "model_name", "model_id", "deployment_id", "azure_deployment",
    "deployment_name", "embedding_model", "llm_model", "chat_model",
})
MODEL_DICT_KEYS = frozenset({"model", "engine", "model_name", "model_id"})
_NAME_HINT = re.compile(r"model|engine|deployment", re.IGNORECASE)
# Names that contain "model" but hold something else (a path, a type, a size ...).
_NOT_A_MODEL = re.compile(
    r"(?:path|dir|directory|file|filename|url|uri|kwargs|args|params|class|cls|type|types|kind|"
    r"config|cfg|provider|size|len|length|count|tokens|version|dim|dims|index|prefix|suffix|"
    r"family|families|cost|costs|price|prices|limit|limits)$",
    re.IGNORECASE,
)
# Flags of argparse / click options whose default and choices name a model.
_OPTION_FLAG = re.compile(r"^-{1,2}[\w-]*(?:model|engine)[\w-]*$", re.IGNORECASE)
class LineIndex:
    """Converts libcst (line, column) positions to offsets into the exact scanned text."""

    def __init__(self, text: str) -> None:
        self.starts = [0]
        for newline in re.finditer(r"\r\n|\r|\n", text):
            self.starts.append(newline.end())

    def offset(self, line: int, column: int) -> int:
        return self.starts[line - 1] + column


# ---------------------------------------------------------------------------------------------
# Legacy API calls: classification (public, reused by the API rewrites)
# ---------------------------------------------------------------------------------------------

# v0 module resources removed in openai-python 1.0 (src/openai/lib/_old_api.py), and the rule
# each maps to: the endpoint's own rule where the endpoint is gone, GM201 where only the SDK
# shape changed.
V0_RESOURCES: Mapping[str, str] = {
    "Completion": "GM101",
    "Edit": "GM102",
    "FineTune": "GM104",
    "Engine": "GM105",
    "ChatCompletion": "GM201",
    "Embedding": "GM201",
    "Image": "GM201",
    "Audio": "GM201",
    "Moderation": "GM201",
    "File": "GM201",
    "FineTuningJob": "GM201",
    "Model": "GM201",
    "Customer": "GM201",
    "Deployment": "GM201",
    "ErrorObject": "GM201",
}
# Top-level resources of an openai-python >= 1.0 client; the first one in a dotted call marks
# where the client expression ends (`self.client.completions.create`).
V1_RESOURCES = frozenset({
    "completions", "chat", "edits", "embeddings", "beta", "fine_tunes", "fine_tuning", "images",
    "audio", "files", "models", "moderations", "batches", "uploads", "responses",
    "vector_stores", "realtime", "containers", "evals", "conversations", "webhooks",
})
OPENAI_CLIENT_CLASSES = frozenset({
    "openai.OpenAI", "openai.AsyncOpenAI", "openai.AzureOpenAI", "openai.AsyncAzureOpenAI",
    "openai.Client", "openai.AsyncClient",
})
OPENAI_CLIENT = "openai.OpenAI()"
# Modules of openai-python < 1.0 that 1.0 removed without a replacement in the SDK.
REMOVED_HELPERS = frozenset({
    "embeddings_utils", "openai_object", "wandb_logger", "validators", "datalib",
    "api_requestor", "aiosession", "cli", "object_classes", "upload_progress",
})
# SDKs with a `client.completions.create` of their own (Anthropic's legacy Text Completions,
# Together, Fireworks ...): a client of unknown origin in a file that imports one is not OpenAI's.
OTHER_SDKS = frozenset({
    "anthropic", "together", "fireworks", "groq", "mistralai", "cohere", "ai21", "replicate",
    "huggingface_hub", "litellm", "vllm", "llama_cpp", "ollama",
})
_CLIENT_NAME = re.compile(r"client|openai|oai|gpt|llm|api", re.IGNORECASE)


# Rules about a whole API, and the `apis` row of the table that dates each one.
_API_OF_RULE = {"GM101": "completions", "GM102": "edits", "GM103": "assistants",
                "GM104": "fine-tunes", "GM105": "engines"}
_API_SEVERITY = {"retired": Severity.ERROR, "deprecated": Severity.WARNING}


@dataclass(frozen=True)
class LegacyCall:
    """What a legacy call is: the rule, the SDK generation and the resource path it uses.

    `target` is the resolved dotted name, e.g. ``openai.Completion.create`` (v0) or
    ``openai.OpenAI().completions.create`` (v1 client; module-level ``openai.completions.create``
    keeps its own spelling). `resource` is ``Completion`` / ``completions`` /
    ``beta.threads.runs``; `method` is the last name (``create``, ``acreate``, ``list`` ...).
    """

    code: str
    sdk: str
    resource: str
    method: str
    target: str

    @property
    def is_async(self) -> bool:
        """`acreate` and the other `a`-prefixed v0 methods were the async variants."""
        return self.sdk == "v0" and self.method.startswith("a") and self.method not in (
            "all",)


def classify_call(name: str) -> Optional[LegacyCall]:
    """The legacy call that the resolved dotted `name` of a call's function denotes, if any.

    >>> classify_call("openai.Completion.acreate").code
    'GM101'
    >>> classify_call("openai.OpenAI().chat.completions.create") is None
    True
    """
    parts = name.split(".")
    if len(parts) < 3 or parts[0] != "openai":
        return None
    if parts[1] in V0_RESOURCES:
        return LegacyCall(V0_RESOURCES[parts[1]], "v0", parts[1], parts[-1], name)
    path = parts[2:] if parts[1] == "OpenAI()" else parts[1:]
    if len(path) < 2:
        return None
    head = path[0]
    if head == "completions":
        code = "GM101"
    elif head == "edits":
        code = "GM102"
    elif head == "fine_tunes":
        code = "GM104"
    elif head == "beta" and len(path) >= 3 and path[1] in ("assistants", "threads"):
        code = "GM103"
    else:
        return None
    return LegacyCall(code, "v1", ".".join(path[:-1]), path[-1], name)


def classify_reference(name: str) -> Optional[str]:
    """The rule for a removed v0 module a dotted name points into (`openai.error.X` ...)."""
    parts = name.split(".")
    if len(parts) < 2 or parts[0] != "openai":
        return None
    if parts[1] == "error":
        return "GM202"
    if parts[1] in REMOVED_HELPERS:
        return "GM204"
    return None


_Reference = Union[cst.Name, cst.Attribute]


class CallResolver(cst.CSTVisitor):
    """Finds the module's legacy OpenAI calls, resolving imports, aliases and stored references.

    Run it over a `MetadataWrapper` (or subclass it, as `Detector` does), then read
    `legacy_calls()`. Stored references are tracked by name: `client = openai.Completion`,
    `create = openai.ChatCompletion.acreate`, `self.client = OpenAI()`.
    """

    METADATA_DEPENDENCIES: Tuple = (PositionProvider, QualifiedNameProvider)

    def __init__(self) -> None:
        super().__init__()
        # (scope, name) -> what the name was bound to; "?" marks a name bound to anything else.
        self._references: Dict[Tuple[str, str], Set[str]] = {}
        self._calls: List[Tuple[cst.Call, Tuple[str, ...], str, Tuple[str, ...]]] = []
        self._passed: List[Tuple[_Reference, Tuple[str, ...], str, Tuple[str, ...]]] = []
        self._imports: Set[str] = set()
        # Enclosing scopes, innermost last: "" is the module, then one key per def / class.
        self._scopes: List[str] = [""]
        self._class_scopes: List[str] = [""]
        self._scope_count = 0

    # -- scopes --------------------------------------------------------------------------------

    def _enter(self, kind: str) -> None:
        self._scope_count += 1
        key = f"{kind}{self._scope_count}"
        self._scopes.append(key)
        if kind == "class":
            self._class_scopes.append(key)

    def _leave(self, kind: str) -> None:
        key = self._scopes.pop()
        if kind == "class" and self._class_scopes[-1] == key:
            self._class_scopes.pop()

    def visit_FunctionDef(self, node: cst.FunctionDef) -> None:
        self._enter("def")

    def leave_FunctionDef(self, original_node: cst.FunctionDef) -> None:
        self._leave("def")

    def visit_ClassDef(self, node: cst.ClassDef) -> None:
        self._enter("class")

    def leave_ClassDef(self, original_node: cst.ClassDef) -> None:
        self._leave("class")

    def _scope_of(self, key: str) -> str:
        """`self.client` lives on the class, a plain name in the innermost scope."""
        return self._class_scopes[-1] if "." in key else self._scopes[-1]

    def _visible(self) -> Tuple[str, ...]:
        """The scopes a name is looked up in from here, innermost first."""
        return tuple(reversed(self._scopes)) + (self._class_scopes[-1],)

    # -- collecting ----------------------------------------------------------------------------

    def visit_Import(self, node: cst.Import) -> None:
        for alias in node.names:
            self._imports.add(dotted_name(alias.name).split(".")[0])

    def visit_ImportFrom(self, node: cst.ImportFrom) -> None:
        if node.module is not None and not node.relative:
            self._imports.add(dotted_name(node.module).split(".")[0])

    def visit_Assign(self, node: cst.Assign) -> None:
        self._store(node.targets[-1].target if node.targets else None, node.value)

    def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
        if node.value is not None:
            self._store(node.target, node.value)

    def visit_Param(self, node: cst.Param) -> None:
        # `def run(client: OpenAI)`: the parameter is an OpenAI client.
        if node.annotation is not None:
            names = self._qualified(node.annotation.annotation)
            if names & OPENAI_CLIENT_CLASSES:
                # Parameters belong to the function being defined (entered before its params).
                self._references.setdefault((self._scopes[-1], node.name.value),
                                            set()).add(OPENAI_CLIENT)

    def visit_Call(self, node: cst.Call) -> None:
        if isinstance(node.func, (cst.Name, cst.Attribute)):
            self._calls.append((node, tuple(sorted(self._qualified(node.func))),
                                self._expression_name(node.func), self._visible()))
        for arg in node.args:
            # `retry(openai.Completion.create, ...)`, `patch.object(openai.ChatCompletion, ..)`
            if isinstance(arg.value, (cst.Name, cst.Attribute)):
                self._passed.append((arg.value, tuple(sorted(self._qualified(arg.value))),
                                     self._expression_name(arg.value), self._visible()))

    def _store(self, target: Optional[cst.BaseExpression], value: cst.BaseExpression) -> None:
        if target is None or not isinstance(target, (cst.Name, cst.Attribute)):
            return
        key = dotted_name(target)
        slot = (self._scope_of(key), key)
        resolved = self._value_reference(value)
        if resolved is None:
            # Re-bound to something else: the name no longer reliably holds a reference.
            if slot in self._references:
                self._references[slot].add("?")
            return
        self._references.setdefault(slot, set()).add(resolved)

    def _value_reference(self, value: cst.BaseExpression) -> Optional[str]:
        if isinstance(value, cst.Call) and isinstance(value.func, (cst.Name, cst.Attribute)):
            names = self._qualified(value.func)
            if names & OPENAI_CLIENT_CLASSES:
                return OPENAI_CLIENT
            if any(n.split(".")[0] in OTHER_SDKS for n in names):
                return "other()"
            return None
        if isinstance(value, (cst.Name, cst.Attribute)):
            for name in sorted(self._qualified(value)):
                if name.split(".")[0] == "openai" and name != "openai":
                    return name
            name = dotted_name(value)
            resolved = self._resolve_reference(name, self._visible())
            if resolved is not None:
                return resolved
        return None

    def _qualified(self, node: cst.CSTNode) -> Set[str]:
        return {q.name for q in self.get_metadata(QualifiedNameProvider, node, set())}

    def _expression_name(self, node: cst.BaseExpression) -> str:
        if isinstance(node, cst.Name):
            return node.value
        if isinstance(node, cst.Attribute):
            return f"{self._expression_name(node.value)}.{node.attr.value}"
        if isinstance(node, cst.Call) and isinstance(node.func, (cst.Name, cst.Attribute)):
            names = self._qualified(node.func)
            if names & OPENAI_CLIENT_CLASSES:
                return OPENAI_CLIENT
            if any(n.split(".")[0] in OTHER_SDKS for n in names):
                return "other()"
            return "?()"
        return "?"

    # -- resolving -----------------------------------------------------------------------------

    def _resolve_reference(self, key: str, scopes: Sequence[str]) -> Optional[str]:
        """What `key` holds, seen from `scopes`: the innermost scope that binds it decides."""
        for scope in scopes:
            values = self._references.get((scope, key))
            if values is None:
                continue
            if len(values) != 1 or "?" in values:
                return None
            return next(iter(values))
        return None

    def candidates(self, qualified: Sequence[str], dotted: str,
                   scopes: Sequence[str] = ("",)) -> List[str]:
        """Every dotted name the function of a call may resolve to, best first."""
        names = [name for name in qualified if name.startswith("openai.")]
        parts = dotted.split(".")
        for cut in range(len(parts), 0, -1):
            resolved = self._resolve_reference(".".join(parts[:cut]), scopes)
            if resolved is not None:
                names.append(".".join([resolved, *parts[cut:]]))
                return names
        if parts[0] in (OPENAI_CLIENT, "other()"):
            return names + [dotted]
        if not names and self._may_be_openai_client(parts):
            start = next(i for i, part in enumerate(parts) if part in V1_RESOURCES)
            names.append(".".join([OPENAI_CLIENT, *parts[start:]]))
        return names

    def _may_be_openai_client(self, parts: Sequence[str]) -> bool:
        """A client of unknown origin (`self.client`, `get_client()`) in an OpenAI-only file."""
        start = next((i for i, part in enumerate(parts) if part in V1_RESOURCES), None)
        if not start or "openai" not in self._imports or self._imports & OTHER_SDKS:
            return False
        owner = parts[start - 1]
        return owner == "?()" or bool(_CLIENT_NAME.search(owner))

    def classify(self, qualified: Sequence[str], dotted: str,
                 scopes: Sequence[str] = ("",)) -> Optional[LegacyCall]:
        for name in self.candidates(qualified, dotted, scopes):
            legacy = classify_call(name)
            if legacy is not None:
                return legacy
        return None

    def passed_resources(self) -> List[Tuple[_Reference, LegacyCall]]:
        """v0 resources and methods passed as values (`patch.object(openai.Completion, ...)`)."""
        found = []
        for node, qualified, dotted, scopes in self._passed:
            for name in self.candidates(qualified, dotted, scopes):
                parts = name.split(".")
                if len(parts) in (2, 3) and parts[0] == "openai" and parts[1] in V0_RESOURCES:
                    method = parts[2] if len(parts) == 3 else ""
                    found.append((node, LegacyCall(V0_RESOURCES[parts[1]], "v0", parts[1],
                                                   method, name)))
                    break
        return found

    def legacy_calls(self) -> List[Tuple[cst.Call, LegacyCall]]:
        """The module's legacy calls with their classification, in source order."""
        found = []
        for call, qualified, dotted, scopes in self._calls:
            legacy = self.classify(qualified, dotted, scopes)
            if legacy is not None:
                found.append((call, legacy))
        return found


def find_legacy_calls(module: cst.Module) -> List[Tuple[cst.Call, LegacyCall]]:
    """Every legacy OpenAI call of a module (for callers that have no findings at hand)."""
    resolver = CallResolver()
    MetadataWrapper(module, unsafe_skip_copy=True).visit(resolver)
    return resolver.legacy_calls()


# ---------------------------------------------------------------------------------------------
# The detector
# ---------------------------------------------------------------------------------------------

@dataclass
class _Candidate:
    """A string literal that names a table model; reported if it stands where a model goes."""

    node: cst.SimpleString
    value: str
    match: ModelMatch


@dataclass
class _Use:
    """A name used as a call argument or model value, and the line it is used on."""

    line: int
    model: bool


@dataclass
class _FlowState:
    """Bindings (name -> the values assigned to it) and uses (name -> where it is used)."""

    bindings: Dict[str, List[cst.BaseExpression]] = field(default_factory=dict)
    uses: Dict[str, List[_Use]] = field(default_factory=dict)


class Detector(CallResolver):
    """Collects findings for one module; one pass to collect, then one resolution step."""

    def __init__(self, options: DetectOptions, index: LineIndex,
                 line_label: Callable[[int], str] = lambda line: f"line {line}") -> None:
        super().__init__()
        self.options = options
        self.index = index
        self.line_label = line_label
        self.findings: List[Finding] = []
        self._model_positions: Set[int] = set()
        self._model_names: Set[str] = set()
        self._model_members: Set[Tuple[str, str]] = set()
        self._not_values: Set[int] = set()
        self._candidates: List[_Candidate] = []
        self._flow = _FlowState()
        self._resolutions: Dict[str, Resolution] = {}

    # -- where a value is a model ----------------------------------------------------------

    def _mark_model(self, node: cst.BaseExpression) -> None:
        """`node` stands where a model goes; so do its elements, branches and defaults."""
        if id(node) in self._model_positions:
            return
        self._model_positions.add(id(node))
        if isinstance(node, (cst.List, cst.Tuple, cst.Set)):
            for element in node.elements:
                self._mark_model(element.value)
        elif isinstance(node, cst.Dict):
            for element in node.elements:
                if isinstance(element, cst.DictElement):
                    self._mark_model(element.value)
        elif isinstance(node, cst.IfExp):
            self._mark_model(node.body)
            self._mark_model(node.orelse)
        elif isinstance(node, cst.BooleanOperation):
            self._mark_model(node.left)
            self._mark_model(node.right)
        elif isinstance(node, cst.Call):
            default = _call_default(node)
            if default is not None:
                self._mark_model(default)
            member = _member(node)
            if member is not None:
                self._mark_member(*member)
        else:
            member = _member(node)
            if member is not None:
                self._mark_member(*member)
                return
            name = _used_name(node)
            if name is not None and name not in self._model_names:
                self._model_names.add(name)
                for value in self._flow.bindings.get(name, ()):
                    self._mark_model(value)

    def _mark_member(self, name: str, key: str) -> None:
        """`MODELS["fast"]` or `cfg.get("model")` is a model: only that entry of the dict is."""
        if (name, key) in self._model_members:
            return
        self._model_members.add((name, key))
        for value in self._flow.bindings.get(name, ()):
            self._mark_entry(value, key)

    def _mark_entry(self, value: cst.BaseExpression, key: str) -> None:
        if isinstance(value, cst.Dict):
            for element in value.elements:
                if (isinstance(element, cst.DictElement)
                        and isinstance(element.key, cst.SimpleString)
                        and _string_value(element.key) == key):
                    self._mark_model(element.value)

    def _bind(self, name: str, value: cst.BaseExpression) -> None:
        self._flow.bindings.setdefault(name, []).append(value)
        if name in self._model_names:
            self._mark_model(value)
        for member, key in list(self._model_members):
            if member == name:
                self._mark_entry(value, key)

    def _use(self, node: cst.BaseExpression, model: bool) -> None:
        name = _used_name(node)
        if name is not None:
            line = self.get_metadata(PositionProvider, node).start.line
            self._flow.uses.setdefault(name, []).append(_Use(line, model))

    def visit_Arg(self, node: cst.Arg) -> None:
        keyword = node.keyword.value if node.keyword is not None else None
        model = keyword is not None and (keyword in MODEL_KEYWORDS or _hints_model(keyword))
        if model:
            self._mark_model(node.value)
        self._use(node.value, model)

    def visit_DictElement(self, node: cst.DictElement) -> None:
        key = node.key
        if isinstance(key, cst.SimpleString) and _string_value(key) in MODEL_DICT_KEYS:
            self._mark_model(node.value)
            self._use(node.value, True)

    def visit_Assign(self, node: cst.Assign) -> None:
        super().visit_Assign(node)
        for target in node.targets:
            self._assign(target.target, node.value)

    def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
        super().visit_AnnAssign(node)
        if node.value is not None:
            self._assign(node.target, node.value)

    def _assign(self, target: cst.BaseExpression, value: cst.BaseExpression) -> None:
        if _target_hints_model(target):
            self._mark_model(value)
        name = _used_name(target)
        if name is not None and not isinstance(target, cst.Subscript):
            self._bind(name, value)

    def visit_For(self, node: cst.For) -> None:
        # `for engine in ("ada", "babbage"): create(engine=engine)`
        if isinstance(node.target, cst.Name):
            self._bind(node.target.value, node.iter)

    def visit_Param(self, node: cst.Param) -> None:
        super().visit_Param(node)
        if node.default is None:
            return
        if _hints_model(node.name.value):
            self._mark_model(node.default)
        self._bind(node.name.value, node.default)

    def visit_Call(self, node: cst.Call) -> None:
        super().visit_Call(node)
        # os.getenv("OPENAI_MODEL", "davinci"), settings.get("engine", "curie")
        if _is_lookup(node) and node.args:
            key = node.args[0].value
            if isinstance(key, cst.SimpleString) and _hints_model(_string_value(key) or ""):
                default = _call_default(node)
                if default is not None:
                    self._mark_model(default)
        # parser.add_argument("--model", default="davinci", choices=[...]), click.option(...)
        if node.args and isinstance(node.args[0].value, cst.SimpleString):
            flag = _string_value(node.args[0].value) or ""
            if _OPTION_FLAG.match(flag):
                for arg in node.args:
                    if arg.keyword is not None and arg.keyword.value in ("default", "choices"):
                        self._mark_model(arg.value)

    def visit_Expr(self, node: cst.Expr) -> None:
        # A bare string statement is a docstring or a comment in disguise, never a use.
        if isinstance(node.value, (cst.SimpleString, cst.ConcatenatedString)):
            self._not_values.add(id(node.value))
            if isinstance(node.value, cst.ConcatenatedString):
                self._mark_parts(node.value)

    def visit_ConcatenatedString(self, node: cst.ConcatenatedString) -> None:
        self._mark_parts(node)

    def _mark_parts(self, node: cst.ConcatenatedString) -> None:
        for part in (node.left, node.right):
            self._not_values.add(id(part))

    def visit_SimpleString(self, node: cst.SimpleString) -> None:
        if id(node) in self._not_values:
            return
        value = _string_value(node)
        if value is None:
            return
        match = self.options.matcher.match(value)
        if match is not None:
            self._candidates.append(_Candidate(node, value, match))

    # -- removed v0 modules ------------------------------------------------------------------

    def visit_ImportFrom(self, node: cst.ImportFrom) -> None:
        super().visit_ImportFrom(node)
        if node.module is None or node.relative:
            return
        module = dotted_name(node.module)
        names = [module]
        if module == "openai" and not isinstance(node.names, cst.ImportStar):
            names = [f"openai.{alias.name.value}" for alias in node.names
                     if isinstance(alias.name, cst.Name)]
        for name in names:
            code = classify_reference(name)
            if code is not None:
                self._report_reference(node.module, code, f"import from {name}", name)
                return

    def visit_Import(self, node: cst.Import) -> None:
        super().visit_Import(node)
        for alias in node.names:
            name = dotted_name(alias.name)
            code = classify_reference(name)
            if code is not None:
                self._report_reference(alias.name, code, f"import {name}", name)

    def visit_Attribute(self, node: cst.Attribute) -> Optional[bool]:
        base = node
        while isinstance(base, cst.Attribute):
            base = base.value
        if not isinstance(base, cst.Name) or "openai" not in self._qualified(base):
            return None
        for name in sorted(self._qualified(node)):
            code = classify_reference(name)
            if code is not None and len(name.split(".")) >= 3:
                self._report_reference(node, code, name, name)
                return False  # the inner `openai.error` is part of the same finding
        return None

    def _report_reference(self, node: cst.CSTNode, code: str, what: str, name: str) -> None:
        if code == "GM202":
            message = (f"{what}: openai.error was removed in openai-python 1.0; the exceptions "
                       f"live on the openai module (openai.RateLimitError, openai.APIError ...)")
        else:
            module = ".".join(name.split(".")[:2])
            message = (f"{what}: {module} was removed in openai-python 1.0 with no replacement "
                       f"in the SDK; compute it locally (e.g. cosine similarity with numpy)")
        self._add_rule_finding(code, Severity.ERROR, message, node)

    # -- resolution at the end of the module -------------------------------------------------

    def leave_Module(self, original_node: cst.Module) -> None:
        for candidate in self._candidates:
            self._consider(candidate)
        for call, legacy in self.legacy_calls():
            self._report_call(call, legacy)
        for node, legacy in self.passed_resources():
            self._add_rule_finding(
                "GM201" if legacy.code in ("GM101", "GM102") else legacy.code, Severity.ERROR,
                f"{dotted_name(node)} (passed as a value) was removed in openai-python 1.0; pass "
                f"the client's method instead (client.chat.completions.create ...)", node)

    def _consider(self, candidate: _Candidate) -> None:
        node = candidate.node
        in_model_position = id(node) in self._model_positions
        if not in_model_position and self.options.matcher.is_ambiguous(candidate.value):
            return
        self._report_model(node, candidate.value, candidate.match, self._used_at(node))

    def _used_at(self, literal: cst.SimpleString) -> Tuple[int, ...]:
        """Lines where a name bound (directly or through other names) to `literal` is used."""
        names = {name for name, values in self._flow.bindings.items()
                 if any(_contains(value, literal) for value in values)}
        frontier = set(names)
        while frontier:
            grown = {name for name, values in self._flow.bindings.items() if name not in names
                     and any(_used_name(v) in frontier for v in values)}
            names |= grown
            frontier = grown
        return tuple(sorted({use.line for name in names for use in self._flow.uses.get(name, ())}))

    def _report_call(self, call: cst.Call, legacy: LegacyCall) -> None:
        what = f"{dotted_name(call.func)}()"
        message = self._call_message(legacy, what)
        severity = Severity.ERROR
        # The table's `apis` row dates the API: before its end the finding says so (with the
        # days left) and its severity follows the dates, as for models.
        family = self.options.table.apis.get(_API_OF_RULE.get(legacy.code, ""))
        if family is not None and family.status(self.options.as_of) != "retired":
            v0 = " (removed in openai-python 1.0)" if legacy.sdk == "v0" else ""
            message = f"{what}{v0} calls the {family.notice(self.options.as_of)}"
            severity = _API_SEVERITY.get(family.status(self.options.as_of), Severity.INFO)
        self._add_rule_finding(legacy.code, severity, message, call.func)
        if legacy.sdk == "v0":
            for arg in call.args:
                if arg.keyword is not None and arg.keyword.value in ("engine", "deployment_id"):
                    self._add_rule_finding(
                        "GM203", Severity.ERROR,
                        f"{arg.keyword.value}= was removed in openai-python 1.0: name the model "
                        f"with model= (on Azure, the deployment name with model= on an "
                        f"AzureOpenAI client)",
                        arg.keyword)

    def _call_message(self, legacy: LegacyCall, what: str) -> str:
        v0 = " (removed in openai-python 1.0)" if legacy.sdk == "v0" else ""
        if legacy.code == "GM101":
            return (f"{what}{v0} calls the Completions API, which has no live model since "
                    f"{self._api_end('completions', '2026-09-28')}; move to Chat Completions")
        if legacy.code == "GM102":
            return (f"{what}{v0} calls the Edits API, shut down on "
                    f"{self._api_end('edits', '2024-01-04')}; move to Chat Completions")
        if legacy.code == "GM103":
            return (f"{what} uses the Assistants API, shut down on "
                    f"{self._api_end('assistants', '2026-08-26')}; move to the Responses API "
                    f"(client.responses.create) with conversations")
        if legacy.code == "GM104":
            return (f"{what}{v0} calls the legacy fine-tunes API (/v1/fine-tunes), shut down on "
                    f"{self._api_end('fine-tunes', '2024-01-04')}; use "
                    f"client.fine_tuning.jobs")
        if legacy.code == "GM105":
            return (f"{what}{v0} calls the Engines API (/v1/engines), shut down on "
                    f"{self._api_end('engines', '2022-12-03')}; use client.models")
        return (f"{what} was removed in openai-python 1.0; use the client API "
                f"(client = OpenAI())")

    def _api_end(self, api: str, known: str) -> str:
        """The first day without a live model, from the table's `apis` where it has the row."""
        family = self.options.table.apis.get(api)
        last = family.dead_after() if family is not None else None
        if last is None:
            return known
        return (last + _dt.timedelta(days=1)).isoformat()

    # -- building findings -------------------------------------------------------------------

    def _add_rule_finding(self, code: str, severity: Severity, message: str,
                          node: cst.CSTNode) -> None:
        rule = get_rule(code)
        assert rule is not None, code
        self.findings.append(Finding(
            code=rule.code, name=rule.name, severity=severity, message=message,
            start=self._start(node), end=self._end(node), fix_safety=FixSafety.MANUAL))

    def _resolution(self, row: ModelRow) -> Resolution:
        key = f"{row.provider}/{row.name}"
        if key not in self._resolutions:
            self._resolutions[key] = self.options.table.resolve(
                row.name, self.options.as_of, self.options.targets, provider=row.provider)
        return self._resolutions[key]

    def _report_model(self, node: cst.SimpleString, value: str, match: ModelMatch,
                      used_at: Tuple[int, ...]) -> None:
        row = match.row
        if match.fine_tuned:
            row = self.options.table.fine_tuned_row(row, match.legacy_tune)
        status = row.status(self.options.as_of)
        if status == "current":
            return
        code, severity = {
            "retired": ("GM001", Severity.ERROR),
            "deprecated": ("GM002", Severity.WARNING),
            "legacy": ("GM003", Severity.INFO),
        }[status]
        if match.fine_tuned and status == "retired":
            code = "GM004"
        rule = get_rule(code)
        assert rule is not None
        resolution = self._resolution(row)
        safety = resolution.fix_safety
        if match.fine_tuned:
            safety = FixSafety.MANUAL
        message = _model_message(row, status, resolution, self.options.as_of, match.fine_tuned,
                                 value)
        own_line = self.get_metadata(PositionProvider, node).start.line
        elsewhere = [line for line in used_at if line != own_line]
        if elsewhere:
            message += f" (used at {', '.join(self.line_label(line) for line in elsewhere)})"
        fix = None
        if safety in (FixSafety.SAFE, FixSafety.UNSAFE) and resolution.action == "rename":
            fix = self._rename_fix(node, value, match, resolution.target or "", safety)
            if fix is None:
                safety = FixSafety.MANUAL
        elif safety == FixSafety.UNSAFE:
            # An API migration is rewritten with the call (a later pass); the literal alone
            # must not change, or the call would name a chat model on the Completions API.
            safety = FixSafety.MANUAL
        self.findings.append(Finding(
            code=rule.code,
            name=rule.name,
            severity=severity,
            message=message,
            start=self._start(node),
            end=self._end(node),
            model=value[match.start:match.end],
            replacement=resolution.target,
            shutdown=row.shutdown.isoformat() if row.shutdown else None,
            fix_safety=safety,
            fix=fix,
            used_at=tuple(elsewhere),
        ))

    def _rename_fix(self, node: cst.SimpleString, value: str, match: ModelMatch, target: str,
                    safety: FixSafety) -> Optional[Fix]:
        raw = node.raw_value
        if raw != value:  # escapes inside the literal: offsets would not line up
            return None
        position = self.get_metadata(PositionProvider, node)
        start = self.index.offset(position.start.line, position.start.column)
        skip = len(node.prefix) + len(node.quote)
        inner = start + skip
        column = position.start.column + 1 + skip
        edit = Edit(inner + match.start, inner + match.end, target,
                    Position(position.start.line, column + match.start),
                    Position(position.start.line, column + match.end))
        return Fix(safety, (edit,), f"Replace {match.row.name} with {target}")

    def _start(self, node: cst.CSTNode) -> Position:
        pos = self.get_metadata(PositionProvider, node).start
        return Position(pos.line, pos.column + 1)

    def _end(self, node: cst.CSTNode) -> Position:
        pos = self.get_metadata(PositionProvider, node).end
        return Position(pos.line, pos.column + 1)


def _model_message(row: ModelRow, status: str, resolution: Resolution, as_of: _dt.date,
                   fine_tuned: bool, value: str) -> str:
    if status == "retired":
        head = f"{row.name} was shut down on {row.shutdown}"
    elif status == "deprecated":
        days = (row.shutdown - as_of).days if row.shutdown else 0
        head = f"{row.name} shuts down on {row.shutdown} ({days} days left)"
    else:
        head = f"{row.name} is a legacy model"
    if fine_tuned:
        # row carries the fine-tuned retirement (Table.fine_tuned_row), not the base's own.
        when = head.split(" ", 1)[1].replace("was shut down", "stopped serving").replace(
            "shuts down", "stop serving")
        how = " with the /v1/fine-tunes API" if ":ft-" in value and status == "retired" else ""
        return (f"{value} is fine-tuned on {row.name}; fine-tuned {row.name} models {when}{how}"
                f"; fine-tune a served model again"
                + (f" ({resolution.target})" if resolution.target else ""))
    target = resolution.target
    if resolution.action == "rename" and row.api == "embeddings":
        return f"{head}; use {target} and recompute every stored vector (new vector space)"
    if resolution.action == "rename":
        return f"{head}; use {target}"
    if resolution.action == "migrate-api":
        return f"{head}; {resolution.reason}, with {target}"
    return f"{head}; {resolution.reason}"


def _string_value(node: cst.SimpleString) -> Optional[str]:
    try:
        value = node.evaluated_value
    except Exception:  # noqa: BLE001 - malformed escapes are simply not model names
        return None
    return value if isinstance(value, str) else None


def _hints_model(name: str) -> bool:
    """A variable, parameter, keyword or key name that holds a model (not a model *path*)."""
    return bool(_NAME_HINT.search(name)) and not _NOT_A_MODEL.search(name)


def _target_hints_model(target: cst.BaseExpression) -> bool:
    if isinstance(target, cst.Name):
        return _hints_model(target.value)
    if isinstance(target, cst.Attribute):
        return _hints_model(target.attr.value)
    if isinstance(target, cst.Subscript) and len(target.slice) == 1:
        index = target.slice[0].slice
        if isinstance(index, cst.Index) and isinstance(index.value, cst.SimpleString):
            return _string_value(index.value) in MODEL_DICT_KEYS
    return False


def _used_name(node: cst.BaseExpression) -> Optional[str]:
    """The bound name an expression reads: `MODEL`, `self.model`, `MODELS[tier]`, `cfg.get(..)`."""
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        return node.attr.value
    if isinstance(node, cst.Subscript):
        return _used_name(node.value)
    if (isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute)
            and node.func.attr.value == "get"):
        return _used_name(node.func.value)
    return None


def _member(node: cst.BaseExpression) -> Optional[Tuple[str, str]]:
    """(`MODELS`, `"fast"`) for `MODELS["fast"]` and `MODELS.get("fast", ...)`."""
    key: Optional[cst.BaseExpression] = None
    container: Optional[cst.BaseExpression] = None
    if isinstance(node, cst.Subscript) and len(node.slice) == 1:
        index = node.slice[0].slice
        if isinstance(index, cst.Index):
            key, container = index.value, node.value
    elif (isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute)
          and node.func.attr.value == "get" and node.args and node.args[0].keyword is None):
        key, container = node.args[0].value, node.func.value
    if not isinstance(key, cst.SimpleString) or container is None:
        return None
    name = _used_name(container)
    value = _string_value(key)
    return (name, value) if name is not None and value is not None else None


def _is_lookup(node: cst.Call) -> bool:
    """os.getenv(...), os.environ.get(...), anything.get(...), .setdefault(...), .pop(...)."""
    func = node.func
    name = func.attr.value if isinstance(func, cst.Attribute) else (
        func.value if isinstance(func, cst.Name) else "")
    return name in ("getenv", "get", "setdefault", "pop", "environ_get")


def _call_default(node: cst.Call) -> Optional[cst.BaseExpression]:
    """The default value a call falls back to: getenv's second argument, Field(default=...)."""
    for arg in node.args:
        if arg.keyword is not None and arg.keyword.value == "default":
            return arg.value
    func = node.func
    name = func.attr.value if isinstance(func, cst.Attribute) else (
        func.value if isinstance(func, cst.Name) else "")
    positional = [arg.value for arg in node.args if arg.keyword is None and not arg.star]
    if _is_lookup(node) and len(positional) >= 2:
        return positional[1]
    if name in ("Field", "field", "Option", "Argument") and positional:
        return positional[0]
    return None


def _contains(tree: cst.CSTNode, node: cst.CSTNode) -> bool:
    """Whether `node` is `tree` or one of the values it yields (elements, branches, default)."""
    if tree is node:
        return True
    if isinstance(tree, (cst.List, cst.Tuple, cst.Set)):
        return any(_contains(element.value, node) for element in tree.elements)
    if isinstance(tree, cst.Dict):
        return any(_contains(element.value, node) for element in tree.elements
                   if isinstance(element, cst.DictElement))
    if isinstance(tree, cst.IfExp):
        return _contains(tree.body, node) or _contains(tree.orelse, node)
    if isinstance(tree, cst.BooleanOperation):
        return _contains(tree.left, node) or _contains(tree.right, node)
    if isinstance(tree, cst.Call):
        default = _call_default(tree)
        return default is not None and _contains(default, node)
    return False


def dotted_name(node: cst.BaseExpression) -> str:
    """`a.b.c` for a chain of names and attributes; "..." where the chain has anything else."""
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        return f"{dotted_name(node.value)}.{node.attr.value}"
    return "..."


class ModelDetector(Detector):
    """A Detector for sources that never mention `openai`: no call, import or reference can be
    a legacy OpenAI one there, so the scope analysis behind qualified names (about three
    quarters of the metadata time) is skipped; model literals are found exactly as before."""

    METADATA_DEPENDENCIES: Tuple = (PositionProvider,)

    def _qualified(self, node: cst.CSTNode) -> Set[str]:
        return set()


def detect(module: cst.Module, text: str, options: DetectOptions,
           line_label: Optional[Callable[[int], str]] = None,
           wrapper: Optional[MetadataWrapper] = None) -> List[Finding]:
    """All findings of one parsed module, in source order.

    `line_label` names a line in messages ("line 12"; notebooks say "cell 3 line 2"). Pass the
    `wrapper` the rewrite planner will use too: metadata resolved here is then computed once.
    """
    wrapper = wrapper or MetadataWrapper(module, unsafe_skip_copy=True)
    kind = Detector if any(marker in text for marker in API_MARKERS) else ModelDetector
    detector = kind(options, LineIndex(text), line_label or (lambda line: f"line {line}"))
    wrapper.visit(detector)
    return sorted(detector.findings, key=lambda f: (f.start.line, f.start.column, f.code))


__all__ = [
    "API_MARKERS", "CallResolver", "DetectOptions", "Detector", "LegacyCall", "LineIndex",
    "ModelMatcher", "classify_call", "classify_reference", "detect", "find_legacy_calls",
]
