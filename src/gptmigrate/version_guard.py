"""Code that runs only with openai-python < 1.0: the branch of a version check.

Projects that support both SDK generations keep the 0.x call in one branch of a test such as
`if version.parse(openai.__version__) < version.parse("1.0.0"):` and the 1.x call in the other.
With openai >= 1 installed the 0.x branch never runs, so its 0.x-only spellings
(`openai.ChatCompletion`, `openai.error`, `engine=`) are no findings there, and a rewrite must
not turn that branch into 1.x code (it would break the project's 0.x support for nothing).

An ImportError fallback is such a branch too: `try:` importing from openai a name 0.x does not
have (`from openai import OpenAI`), `except ImportError:` the 0.x spelling; only 0.x runs the
handler.

A test counts as a version check when it evaluates, for every sample version, to a definite
truth value that differs between 0.x and every 1.x and later (`startswith("1.")` is no check:
openai 2.x and 3.x fail it). Names are resolved by the caller (`qualified`), so an alias
(`import openai as oa`, `from importlib import metadata`) is followed; a module-level name
assigned once (`IS_V1 = ...`) is followed to its value.
"""

from __future__ import annotations

import ast
import re
from typing import Any, Callable, Dict, Iterable, List, Optional, Sequence, Set, Tuple

# the version as `openai.__version__` spells it
VERSION_ATTRIBUTES = frozenset({"openai.__version__", "openai.version.VERSION",
                                "openai.VERSION"})
# functions that take a distribution name and give its version (or its distribution)
VERSION_FUNCTIONS = frozenset({"importlib.metadata.version", "importlib_metadata.version"})
DISTRIBUTION_FUNCTIONS = frozenset({"pkg_resources.get_distribution",
                                    "importlib.metadata.distribution",
                                    "importlib_metadata.distribution"})
# functions that turn a version string into something compared by release numbers
PARSERS = frozenset({"packaging.version.parse", "packaging.version.Version",
                     "pkg_resources.parse_version", "distutils.version.LooseVersion",
                     "distutils.version.StrictVersion", "looseversion.LooseVersion",
                     "semver.Version.parse", "semver.VersionInfo.parse"})
LEGACY_SAMPLES = ("0.26.5", "0.28.1")
CURRENT_SAMPLES = ("1.0.0", "1.109.1", "2.8.0", "3.63.0")

# a cheap test on the text: only a module spelling one of these can hold a version check
_MENTIONS = re.compile(r"__version__|VERSION|version\(|get_distribution|distribution\(")
# or an ImportError fallback (`try: from openai import OpenAI` / `except ImportError: <0.x>`)
_FALLBACK = re.compile(r"\b(?:ImportError|ModuleNotFoundError)\b")
# what `from openai import NAME` finds in openai 0.28.1 (its public module attributes); any
# other name raises ImportError there, so the handler of that error is what 0.x runs
LEGACY_TOP_LEVEL = frozenset({
    "APIError", "Audio", "ChatCompletion", "Completion", "Customer", "Deployment", "Edit",
    "Embedding", "Engine", "ErrorObject", "File", "FineTune", "FineTuningJob", "Image",
    "InvalidRequestError", "Model", "Moderation", "OpenAIError", "VERSION", "aiosession",
    "api_base", "api_key", "api_key_path", "api_requestor", "api_resources", "api_type",
    "api_version", "app_info", "ca_bundle_path", "datalib", "debug", "enable_telemetry",
    "error", "log", "openai_object", "openai_response", "organization", "proxy",
    "requestssession", "util", "verify_ssl_certs", "version", "embeddings_utils", "cli",
    "object_classes", "upload_progress", "validators", "wandb_logger", "tests",
})
_IMPORT_ERRORS = frozenset({"ImportError", "ModuleNotFoundError"})


class _Unknown(Exception):
    """The expression's value is not known from the version alone."""


class _Release(tuple):
    """A parsed version: compares by its numeric release parts (packaging's order)."""

    @classmethod
    def of(cls, text: str) -> "_Release":
        parts = []
        for piece in text.split("."):
            digits = re.match(r"\d+", piece)
            if digits is None:
                break
            parts.append(int(digits.group()))
        while len(parts) > 1 and parts[-1] == 0:
            parts.pop()
        return cls(parts)

    @property
    def major(self) -> int:
        return self[0] if self else 0


_COMPARE: Dict[type, Callable[[Any, Any], bool]] = {
    ast.Lt: lambda a, b: a < b, ast.LtE: lambda a, b: a <= b,
    ast.Gt: lambda a, b: a > b, ast.GtE: lambda a, b: a >= b,
    ast.Eq: lambda a, b: a == b, ast.NotEq: lambda a, b: a != b,
    ast.In: lambda a, b: a in b, ast.NotIn: lambda a, b: a not in b,
}


class _Evaluator:
    """The value of an expression once the installed openai has one version."""

    def __init__(self, qualified: Callable[[ast.expr], Set[str]],
                 constants: Dict[str, ast.expr]) -> None:
        self.qualified = qualified
        self.constants = constants

    def value(self, node: ast.expr, version: str, depth: int = 0) -> Any:
        if depth > 20:
            raise _Unknown
        deeper = depth + 1
        if isinstance(node, ast.Constant):
            return node.value
        names = self.names(node)
        if names & VERSION_ATTRIBUTES:
            return version
        if isinstance(node, ast.Name) and node.id in self.constants and names == {node.id}:
            return self.value(self.constants[node.id], version, deeper)
        if isinstance(node, ast.Attribute):
            if node.attr == "version" and isinstance(node.value, ast.Call) \
                    and self._distribution_of_openai(node.value):
                return version
            inner = self.value(node.value, version, deeper)
            if node.attr == "major" and isinstance(inner, _Release):
                return inner.major
            raise _Unknown
        if isinstance(node, ast.Call):
            return self._call(node, version, deeper)
        if isinstance(node, ast.Subscript):
            holder = self.value(node.value, version, deeper)
            index = self.value(node.slice, version, deeper)
            if isinstance(holder, (str, list, tuple)) and isinstance(index, int) \
                    and -len(holder) <= index < len(holder):
                return holder[index]
            raise _Unknown
        if isinstance(node, ast.Compare):
            left = self.value(node.left, version, deeper)
            for op, comparator in zip(node.ops, node.comparators):
                right = self.value(comparator, version, deeper)
                test = _COMPARE.get(type(op))
                if test is None:
                    raise _Unknown
                if not test(left, right):
                    return False
                left = right
            return True
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            return not self.value(node.operand, version, deeper)
        if isinstance(node, ast.BoolOp):
            return self._bool_op(node, version, deeper)
        if isinstance(node, (ast.Tuple, ast.List)):
            return tuple(self.value(item, version, deeper) for item in node.elts)
        raise _Unknown

    def names(self, node: ast.expr) -> Set[str]:
        """Qualified names of a name or attribute chain; an unbound name is a builtin's."""
        if isinstance(node, ast.Name):
            return self.qualified(node) or {node.id}
        return self.qualified(node) if isinstance(node, ast.Attribute) else set()

    def _bool_op(self, node: ast.BoolOp, version: str, depth: int) -> bool:
        """`and` / `or` decided by one known operand even when the others are unknown."""
        decisive = isinstance(node.op, ast.Or)
        unknown = False
        for operand in node.values:
            try:
                if bool(self.value(operand, version, depth)) is decisive:
                    return decisive
            except _Unknown:
                unknown = True
        if unknown:
            raise _Unknown
        return not decisive

    def _call(self, node: ast.Call, version: str, depth: int) -> Any:
        names = self.names(node.func)
        if names & VERSION_FUNCTIONS and _first_string(node) == "openai":
            return version
        if names & PARSERS and len(node.args) == 1:
            text = self.value(node.args[0], version, depth)
            if isinstance(text, str):
                return _Release.of(text)
            raise _Unknown
        if names & {"int", "str", "tuple"} and len(node.args) == 1 and not node.keywords:
            argument = self.value(node.args[0], version, depth)
            try:
                return {"int": int, "str": str, "tuple": tuple}[
                    next(iter(names & {"int", "str", "tuple"}))](argument)
            except (TypeError, ValueError):
                raise _Unknown from None
        if isinstance(node.func, ast.Attribute) and not node.keywords:
            owner = self.value(node.func.value, version, depth)
            arguments = [self.value(arg, version, depth) for arg in node.args]
            if isinstance(owner, str) and node.func.attr in ("startswith", "split") \
                    and all(isinstance(arg, (str, tuple)) for arg in arguments):
                result = getattr(owner, node.func.attr)(*arguments)
                return tuple(result) if isinstance(result, list) else result
        raise _Unknown

    def _distribution_of_openai(self, node: ast.Call) -> bool:
        return bool(self.names(node.func) & DISTRIBUTION_FUNCTIONS) and _first_string(node) == "openai"


def _first_string(node: ast.Call) -> Optional[str]:
    if node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
        return node.args[0].value
    return None


def runs_on_current(test: ast.expr, evaluator: _Evaluator) -> Optional[bool]:
    """True when `test` holds with every openai >= 1 and fails with 0.x, False the other way
    round, None when it is no version check (or one this reading cannot decide)."""
    try:
        legacy = {bool(evaluator.value(test, sample)) for sample in LEGACY_SAMPLES}
        current = {bool(evaluator.value(test, sample)) for sample in CURRENT_SAMPLES}
    except (_Unknown, TypeError, ValueError, IndexError):
        return None
    if len(current) != 1 or len(legacy) != 1 or legacy == current:
        return None
    return current.pop()


def _leaves(body: Sequence[ast.stmt]) -> bool:
    """The block never falls through to the statement after it."""
    return bool(body) and isinstance(body[-1], (ast.Return, ast.Raise, ast.Continue, ast.Break))


def legacy_blocks(tree: ast.Module, text: str,
                  qualified: Callable[[ast.expr, Any], Set[str]],
                  scope_of: Callable[[ast.AST, Any], Any],
                  module_scope: Any) -> List[Tuple[ast.stmt, ast.stmt]]:
    """The statement ranges (first, last) that run only with openai < 1.0: the branch of a
    version check that 1.x does not take, the statements after a check whose 1.x branch
    returns (`if current: return new_call()` then the 0.x call), and the ImportError handler
    of a try that imports a 1.x-only name from openai."""
    if "openai" not in text or (_MENTIONS.search(text) is None
                                and _FALLBACK.search(text) is None):
        return []
    constants = _module_constants(tree)
    found: List[Tuple[ast.stmt, ast.stmt]] = []
    stack: List[Tuple[Sequence[ast.stmt], Any]] = [(tree.body, module_scope)]
    while stack:
        body, scope = stack.pop()
        evaluator = _Evaluator(lambda node, scope=scope: qualified(node, scope), constants)
        for position, statement in enumerate(body):
            if isinstance(statement, ast.Try) and _imports_current_only(statement.body):
                found.extend((handler.body[0], handler.body[-1])
                             for handler in statement.handlers if _catches_import_error(handler))
            if isinstance(statement, ast.If):
                current = runs_on_current(statement.test, evaluator)
                if current is False:
                    found.append((statement.body[0], statement.body[-1]))
                elif current is True:
                    if statement.orelse:
                        found.append((statement.orelse[0], statement.orelse[-1]))
                    elif _leaves(statement.body) and position + 1 < len(body):
                        found.append((body[position + 1], body[-1]))
            inner = scope_of(statement, scope) \
                if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) \
                else scope
            stack.extend((block, inner) for block in _blocks(statement))
    return found


def _imports_current_only(body: Sequence[ast.stmt]) -> bool:
    """A try body of imports from openai only, one of them a name openai 0.x does not have
    (`from openai import OpenAI, APITimeoutError`): it fails with ImportError on 0.x alone."""
    def from_openai(statement: ast.stmt) -> bool:
        if isinstance(statement, ast.ImportFrom):
            return statement.level == 0 and (statement.module or "").split(".")[0] == "openai"
        return isinstance(statement, ast.Import) and all(
            alias.name.split(".")[0] == "openai" for alias in statement.names)
    return bool(body) and all(from_openai(statement) for statement in body) and any(
        isinstance(statement, ast.ImportFrom) and statement.module == "openai"
        and any(alias.name not in LEGACY_TOP_LEVEL and alias.name != "*"
                for alias in statement.names)
        for statement in body)


def _catches_import_error(handler: ast.ExceptHandler) -> bool:
    caught = handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type]
    return any(isinstance(name, ast.Name) and name.id in _IMPORT_ERRORS for name in caught)


def _blocks(statement: ast.stmt) -> Iterable[Sequence[ast.stmt]]:
    for field in ("body", "orelse", "finalbody"):
        block = getattr(statement, field, None)
        if isinstance(block, list) and block and isinstance(block[0], ast.stmt):
            yield block
    for handler in getattr(statement, "handlers", ()):
        yield handler.body
    for case in getattr(statement, "cases", ()):
        yield case.body


def _module_constants(tree: ast.Module) -> Dict[str, ast.expr]:
    """Module-level names assigned exactly once, by a plain `NAME = value`, to that value."""
    counts: Dict[str, int] = {}
    values: Dict[str, ast.expr] = {}
    for statement in tree.body:
        targets: List[ast.expr] = list(statement.targets) if isinstance(statement, ast.Assign) \
            else [statement.target] if isinstance(statement, (ast.AnnAssign, ast.AugAssign)) \
            else []
        for target in targets:
            for node in ast.walk(target):
                if isinstance(node, ast.Name):
                    counts[node.id] = counts.get(node.id, 0) + 1
            if isinstance(statement, ast.Assign) and isinstance(target, ast.Name):
                values[target.id] = statement.value
    return {name: value for name, value in values.items() if counts[name] == 1}
