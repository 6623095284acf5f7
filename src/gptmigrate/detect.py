"""Detection: a libcst visitor that turns one parsed module into findings (with their fixes).

A string is a finding when its whole value names a table model and it stands where a model
goes (a `model=` argument, a `{"model": ...}` entry, an assignment to a *model* or *engine*
name), or when it names an unambiguous model anywhere a string is used as a value. Docstrings,
comments, bare string statements and parts of longer text are never findings.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Dict, Iterable, List, Mapping, Optional, Set, Tuple

import libcst as cst
from libcst.metadata import MetadataWrapper, PositionProvider, QualifiedNameProvider

from gptmigrate.rules import get_rule
from gptmigrate.table import ModelRow, Resolution, Table
from gptmigrate.types import Edit, Finding, Fix, FixSafety, Position, Severity

MODEL_KEYWORDS = frozenset({
    "model", "engine", "model_name", "model_id", "deployment_id", "azure_deployment",
    "deployment_name", "embedding_model", "llm_model", "chat_model",
})
MODEL_DICT_KEYS = frozenset({"model", "engine", "model_name", "model_id"})
_NAME_HINT = re.compile(r"model|engine", re.IGNORECASE)
_PROVIDER_PREFIX = re.compile(r"^(?:openai|azure|anthropic|google|gemini|vertex_ai|models)[/:]")
_FINE_TUNED_NEW = re.compile(r"^ft:(?P<base>[^:]+):")
_FINE_TUNED_LEGACY = re.compile(r"^(?P<base>[a-z0-9.-]+):ft-")
# Text one of which a source must contain for an API finding (legacy calls go through `openai`).
# The engine's prefilter parses only files with a table name or one of these: keep it in step.
API_MARKERS = ("openai",)


@dataclass(frozen=True)
class ModelMatch:
    """Where in a string's value a table model is named."""

    row: ModelRow
    start: int
    end: int
    fine_tuned: bool = False


class ModelMatcher:
    """Which string values name a table model; built once per run and shared by every file."""

    def __init__(self, table: Table, providers: Optional[Iterable[str]] = None) -> None:
        wanted = set(providers) if providers else None
        self.rows: Dict[str, ModelRow] = {
            name: row
            for name, row in table.rows.items()
            if not row.current and (wanted is None or row.provider in wanted)
        }

    @staticmethod
    def is_ambiguous(name: str) -> bool:
        """A name that is also an ordinary word (ada, curie ...) counts only in model positions."""
        return name.isalpha()

    def match(self, value: str) -> Optional[ModelMatch]:
        """The table model that `value` names as a whole, a provider prefix or a fine-tune aside."""
        row = self.rows.get(value)
        if row is not None:
            return ModelMatch(row, 0, len(value))
        prefix = _PROVIDER_PREFIX.match(value)
        if prefix is not None:
            row = self.rows.get(value[prefix.end():])
            if row is not None:
                return ModelMatch(row, prefix.end(), len(value))
        for pattern in (_FINE_TUNED_NEW, _FINE_TUNED_LEGACY):
            tuned = pattern.match(value)
            if tuned is not None:
                row = self.rows.get(tuned.group("base"))
                if row is not None:
                    return ModelMatch(row, tuned.start("base"), tuned.end("base"), fine_tuned=True)
        return None


@dataclass(frozen=True)
class DetectOptions:
    """What a scan needs besides the source: the day, the user's targets, the table."""

    table: Table
    matcher: ModelMatcher
    as_of: _dt.date
    targets: Mapping[str, str]


class LineIndex:
    """Converts libcst (line, column) positions to offsets into the exact scanned text."""

    def __init__(self, text: str) -> None:
        self.starts = [0]
        for newline in re.finditer(r"\r\n|\r|\n", text):
            self.starts.append(newline.end())

    def offset(self, line: int, column: int) -> int:
        return self.starts[line - 1] + column


# v0 module resources removed in openai-python 1.0, and the rule each maps to.
_V0_RESOURCES = {
    "Completion": "GM101",
    "Edit": "GM102",
    "ChatCompletion": "GM201",
    "Embedding": "GM201",
    "Image": "GM201",
    "Audio": "GM201",
    "Moderation": "GM201",
    "File": "GM201",
    "Engine": "GM201",
    "FineTune": "GM201",
    "FineTuningJob": "GM201",
    "Model": "GM201",
    "Customer": "GM201",
    "Deployment": "GM201",
    "ErrorObject": "GM201",
}


class Detector(cst.CSTVisitor):
    """Collects findings for one module; a single pass, no mutation."""

    METADATA_DEPENDENCIES = (PositionProvider, QualifiedNameProvider)

    def __init__(self, options: DetectOptions, index: LineIndex, source_imports_openai: bool) -> None:
        super().__init__()
        self.options = options
        self.index = index
        self.imports_openai = source_imports_openai
        self.findings: List[Finding] = []
        self._model_positions: Set[int] = set()
        self._not_values: Set[int] = set()
        self._resolutions: Dict[str, Resolution] = {}

    # -- where a string is a model -------------------------------------------------------

    def visit_Arg(self, node: cst.Arg) -> None:
        if node.keyword is not None and node.keyword.value in MODEL_KEYWORDS:
            self._model_positions.add(id(node.value))

    def visit_DictElement(self, node: cst.DictElement) -> None:
        key = node.key
        if isinstance(key, cst.SimpleString) and _string_value(key) in MODEL_DICT_KEYS:
            self._model_positions.add(id(node.value))

    def visit_Assign(self, node: cst.Assign) -> None:
        if any(_hints_model(target.target) for target in node.targets):
            self._model_positions.add(id(node.value))

    def visit_AnnAssign(self, node: cst.AnnAssign) -> None:
        if node.value is not None and _hints_model(node.target):
            self._model_positions.add(id(node.value))

    def visit_Param(self, node: cst.Param) -> None:
        if node.default is not None and _NAME_HINT.search(node.name.value):
            self._model_positions.add(id(node.default))

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
        if match is None:
            return
        in_model_position = id(node) in self._model_positions
        if not in_model_position and self.options.matcher.is_ambiguous(match.row.name):
            return
        self._report_model(node, value, match)

    # -- legacy API calls ------------------------------------------------------------------

    def visit_Call(self, node: cst.Call) -> None:
        code, what = self._legacy_call(node)
        if code is None:
            return
        rule = get_rule(code)
        assert rule is not None
        message = {
            "GM101": f"{what} calls the Completions API, which has no live model since "
            f"2026-09-28; move to Chat Completions",
            "GM102": f"{what} calls the Edits API, shut down on 2024-01-04; move to Chat "
            f"Completions",
            "GM201": f"{what} was removed in openai-python 1.0; use the client API "
            f"(client = OpenAI())",
        }[code]
        self._add(Finding(
            code=rule.code,
            name=rule.name,
            severity=Severity.ERROR,
            message=message,
            start=self._start(node.func),
            end=self._end(node.func),
            fix_safety=FixSafety.MANUAL,
        ))

    def _legacy_call(self, node: cst.Call) -> Tuple[Optional[str], str]:
        for qualified in self.get_metadata(QualifiedNameProvider, node.func, set()):
            parts = qualified.name.split(".")
            if len(parts) >= 3 and parts[0] == "openai" and parts[1] in _V0_RESOURCES:
                return _V0_RESOURCES[parts[1]], qualified.name
        func = node.func
        if (
            self.imports_openai
            and isinstance(func, cst.Attribute)
            and func.attr.value == "create"
            and isinstance(func.value, cst.Attribute)
        ):
            resource = func.value.attr.value
            owner = func.value.value
            owner_name = owner.attr.value if isinstance(owner, cst.Attribute) else (
                owner.value if isinstance(owner, cst.Name) else None)
            if resource == "edits":
                return "GM102", f"{_dotted(func)}()"
            if resource == "completions" and owner_name not in ("chat", None):
                return "GM101", f"{_dotted(func)}()"
        return None, ""

    # -- building findings -------------------------------------------------------------------

    def _resolution(self, name: str) -> Resolution:
        if name not in self._resolutions:
            self._resolutions[name] = self.options.table.resolve(
                name, self.options.as_of, self.options.targets)
        return self._resolutions[name]

    def _report_model(self, node: cst.SimpleString, value: str, match: ModelMatch) -> None:
        row = match.row
        status = row.status(self.options.as_of)
        if status == "current":
            return
        code, severity = {
            "retired": ("GM001", Severity.ERROR),
            "deprecated": ("GM002", Severity.WARNING),
            "legacy": ("GM003", Severity.INFO),
        }[status]
        rule = get_rule(code)
        assert rule is not None
        resolution = self._resolution(row.name)
        safety = resolution.fix_safety
        if match.fine_tuned:
            safety = FixSafety.MANUAL
        message = _model_message(row, status, resolution, self.options.as_of, match.fine_tuned,
                                 value)
        fix = None
        if safety in (FixSafety.SAFE, FixSafety.UNSAFE) and resolution.action == "rename":
            fix = self._rename_fix(node, value, match, resolution.target or "", safety)
            if fix is None:
                safety = FixSafety.MANUAL
        elif safety == FixSafety.UNSAFE:
            # An API migration is rewritten with the call (a later pass); the literal alone
            # must not change, or the call would name a chat model on the Completions API.
            safety = FixSafety.MANUAL
        self._add(Finding(
            code=rule.code,
            name=rule.name,
            severity=severity,
            message=message,
            start=self._start(node),
            end=self._end(node),
            model=value[match.start:match.end],
            replacement=resolution.target,
            fix_safety=safety,
            fix=fix,
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

    def _add(self, finding: Finding) -> None:
        self.findings.append(finding)


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
        head = f"{value} is fine-tuned on {row.name}, which " + head.split(" ", 1)[1]
        return head + "; fine-tune a served model again" + (
            f" ({resolution.target})" if resolution.target else "")
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


def _hints_model(target: cst.BaseExpression) -> bool:
    if isinstance(target, cst.Name):
        return bool(_NAME_HINT.search(target.value))
    if isinstance(target, cst.Attribute):
        return bool(_NAME_HINT.search(target.attr.value))
    if isinstance(target, cst.Subscript) and len(target.slice) == 1:
        index = target.slice[0].slice
        if isinstance(index, cst.Index) and isinstance(index.value, cst.SimpleString):
            key = _string_value(index.value)
            return key in MODEL_DICT_KEYS
    return False


def _dotted(node: cst.BaseExpression) -> str:
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        return f"{_dotted(node.value)}.{node.attr.value}"
    return "..."


def detect(module: cst.Module, text: str, options: DetectOptions) -> List[Finding]:
    """All findings of one parsed module, in source order."""
    wrapper = MetadataWrapper(module, unsafe_skip_copy=True)
    imports_openai = any(marker in text for marker in API_MARKERS)
    detector = Detector(options, LineIndex(text), imports_openai)
    wrapper.visit(detector)
    return sorted(detector.findings, key=lambda f: (f.start.line, f.start.column, f.code))


__all__ = ["API_MARKERS", "DetectOptions", "Detector", "LineIndex", "ModelMatcher", "detect"]
