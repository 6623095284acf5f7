"""API-shape fixes: Completions and Edits calls to Chat Completions, v0 module calls to v1 clients.

Detection reports the legacy calls (GM101, GM102, GM201) as manual findings; this module turns
each one into an unsafe fix when the rewrite is certain, or into a manual finding whose message
says exactly what to do when it is not. A rewrite is one set of text edits: the call (built with
libcst and printed by the module, so indentation and every other byte stay), each read of its
response in the same scope, the module constant naming its model, and once per module the
import and the client. Uncertain means: the response leaves the scope (returned, passed on,
read with .get), keyword arguments are dynamic (**params), the model comes from another module,
an argument has no chat equivalent, or the call streams.
"""

from __future__ import annotations

import ast
import keyword
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from typing import (AbstractSet, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence, Set,
                    Tuple, Union)

import libcst as cst
from libcst._nodes.internal import CodegenState
from libcst.metadata import (
    Access,
    MetadataWrapper,
    QualifiedName,
    QualifiedNameProvider,
    Scope,
    ScopeProvider,
)

from gptmigrate.detect import DetectOptions, LegacyCall, LineIndex, Span, children
from gptmigrate.rules import REWRITTEN_CODES, needs_rewrite
from gptmigrate.sdk import SdkChoice
from gptmigrate.types import Edit, Finding, Fix, FixSafety, Position

ERROR_CODE = "GM202"
CALL_CODES = REWRITTEN_CODES - {ERROR_CODE}
# openai.error.X (v0) -> openai.Y (v1); None: 1.0 has no such exception.
V1_EXCEPTIONS: Dict[str, Optional[str]] = {
    "OpenAIError": "OpenAIError", "APIError": "APIError",
    "APIConnectionError": "APIConnectionError", "AuthenticationError": "AuthenticationError",
    "RateLimitError": "RateLimitError", "Timeout": "APITimeoutError",
    "InvalidRequestError": "BadRequestError", "PermissionError": "PermissionDeniedError",
    "ServiceUnavailableError": "InternalServerError",
    "TryAgain": None, "InvalidAPIType": None, "SignatureVerificationError": None,
}
EXCEPTION_NOTES = {
    "InvalidRequestError": "v1 raises NotFoundError, not BadRequestError, for an unknown model",
    "ServiceUnavailableError": "v1 raises InternalServerError for every 5xx status",
}
EDIT_SYSTEM_PROMPT = "Apply the change requested by the user to the code."
MODEL_KEYWORDS = ("model", "engine", "deployment_id")
# Completions arguments that Chat Completions accepts unchanged.
CARRIED = frozenset({"max_tokens", "temperature", "top_p", "n", "stop", "presence_penalty",
                     "frequency_penalty", "logit_bias", "user", "seed"})
EDIT_CARRIED = frozenset({"temperature", "top_p", "n"})
NO_CHAT_EQUIVALENT = {
    "suffix": "Chat Completions has no insertion mode (suffix=); ask for the middle part in "
              "the prompt instead",
    "echo": "Chat Completions cannot echo the prompt (echo=); prepend it to the reply yourself",
    "logprobs": "Completions logprobs=N has no one-to-one chat form (chat takes logprobs=True "
                "with top_logprobs=N, and the response shape differs)",
    "best_of": "Chat Completions has no best_of=; request n= choices and pick one yourself",
}
V0_ONLY = {"request_timeout": "timeout", "api_key": None, "api_base": None, "organization": None,
           "api_version": None, "api_type": None, "headers": "default_headers",
           "request_id": None}
CONFIG_ATTRIBUTES = ("api_key", "organization", "api_base", "api_type", "api_version")
# Response paths whose value is still a response object (a dict in v0, an object in v1).
OBJECT_PATHS = frozenset({(), ("choices", "*"), ("choices", "*", "message"), ("data", "*"),
                          ("usage",), ("choices", "*", "delta")})
LIST_PATHS = frozenset({("choices",), ("data",)})


class Uncertain(Exception):
    """The rewrite is not certain; the message says what the user must do instead."""


@dataclass(frozen=True)
class Target:
    """What a legacy call becomes."""

    kind: str  # "chat-from-completion", "chat-from-edit", "chat", "embeddings"
    resource: str  # v1 resource path: "chat.completions" or "embeddings"
    asynchronous: bool


_V0_KINDS = {
    "Completion": ("chat-from-completion", "chat.completions"),
    "Edit": ("chat-from-edit", "chat.completions"),
    "ChatCompletion": ("chat", "chat.completions"),
    "Embedding": ("embeddings", "embeddings"),
}


@dataclass(frozen=True)
class Step:
    """One access in a response chain: a key (["x"] or .x) or an index ([0], [i])."""

    key: Optional[str]
    index_code: Optional[str] = None
    quote: str = '"'

    def path_part(self) -> str:
        return self.key if self.key is not None else "*"


class _Module:
    """A parsed module with the metadata the rewrites need.

    Spans (character offsets) come from `node_spans`, ~4x cheaper than libcst's
    PositionProvider; parents from `parent_map`, a plain walk ~15x cheaper than libcst's
    ParentNodeProvider; scopes and qualified names are libcst's, resolved on first use (only
    some calls need them, and each batched provider costs a full visit plus a fixed ~1 ms).
    """

    def __init__(self, module: cst.Module, text: str, legacy: Dict[Span, LegacyCall]) -> None:
        self.module = module
        self.text = text
        self._wrapper = MetadataWrapper(module, unsafe_skip_copy=True)
        self.spans = node_spans(module)
        self.parents = parent_map(module)
        self.index = LineIndex(text)
        # Detection classified every legacy call; its span (the call's function) finds the node.
        self.legacy: Dict[cst.Call, LegacyCall] = {}
        self.calls: Dict[Span, cst.Call] = {}
        for node in self.spans:
            if isinstance(node, cst.Call):
                key = self.index.span(*self.spans[node.func])
                self.calls[key] = node
                if key in legacy:
                    self.legacy[node] = legacy[key]

    def node_at(self, finding: Finding) -> Optional[cst.CSTNode]:
        """The Attribute or Name node that a finding spans exactly (outermost first)."""
        wanted = (finding.start.line, finding.start.column, finding.end.line, finding.end.column)
        for node, (start, end) in self.spans.items():
            if isinstance(node, (cst.Attribute, cst.Name)) \
                    and self.index.span(start, end) == wanted:
                return node
        return None

    @property
    def scopes(self) -> Mapping[cst.CSTNode, Optional[Scope]]:
        return self._wrapper.resolve(ScopeProvider)  # the wrapper keeps what it resolved

    def qualified_names(self, node: cst.CSTNode) -> Set[QualifiedName]:
        value = self._wrapper.resolve(QualifiedNameProvider).get(node, set())
        return value() if callable(value) else value  # libcst resolves some metadata lazily

    def span(self, node: cst.CSTNode) -> Tuple[int, int]:
        return self.spans[node]

    def line(self, node: cst.CSTNode) -> int:
        """The line `node` starts on."""
        return self.index.position(self.spans[node][0])[0]

    def source(self, node: cst.CSTNode) -> str:
        start, end = self.span(node)
        return self.text[start:end]

    def edit(self, start: int, end: int, content: str) -> Edit:
        return Edit(start, end, content, self._position(start), self._position(end))

    def _position(self, offset: int) -> Position:
        return Position(*self.index.position(offset))

    def replaced_code(self, old: cst.CSTNode, new: cst.CSTNode) -> str:
        """The code of `new` printed in place of `old` (the module indents continuation lines)."""
        start, end = self.span(old)
        code = self.module.deep_replace(old, new).code
        tail = len(self.text) - end
        if code[:start] != self.text[:start] or code[len(code) - tail:] != self.text[end:]:
            raise Uncertain("the rewritten call could not be printed in place")
        return code[start:len(code) - tail]


class _SpanState(CodegenState):
    """libcst's code generator, noting where each node's code starts and ends as character
    offsets: the syntactic spans PositionProvider gives as lines and columns (whitespace a
    node owns at its edges left out), without its per-token line arithmetic.
    tests/test_rewrite.py compares the two on every node of many modules."""

    def __init__(self, module: cst.Module) -> None:
        super().__init__(default_indent=module.default_indent,
                         default_newline=module.default_newline)
        self.offset = 0
        self.spans: Dict[cst.CSTNode, Tuple[int, int]] = {}
        self._starts: List[int] = []

    def add_indent_tokens(self) -> None:
        self.tokens.extend(self.indent_tokens)
        self.offset += sum(map(len, self.indent_tokens))

    def add_token(self, value: str) -> None:
        self.tokens.append(value)
        self.offset += len(value)

    def before_codegen(self, node: cst.CSTNode) -> None:
        self._starts.append(self.offset)

    def after_codegen(self, node: cst.CSTNode) -> None:
        start = self._starts.pop()
        if node not in self.spans:  # a syntactic span, recorded inside, wins
            self.spans[node] = (start, self.offset)

    @contextmanager
    def record_syntactic_position(self, node: cst.CSTNode, *,
                                  start_node: Optional[cst.CSTNode] = None,
                                  end_node: Optional[cst.CSTNode] = None) -> Iterator[None]:
        start = self.offset
        try:
            yield
        finally:
            self.spans[node] = (self.spans[start_node][0] if start_node is not None else start,
                                self.spans[end_node][1] if end_node is not None else self.offset)


def node_spans(module: cst.Module) -> Dict[cst.CSTNode, Tuple[int, int]]:
    """Every node's (start, end) character offsets in the module's code."""
    state = _SpanState(module)
    module._codegen(state)  # what libcst's PositionProvider runs, with a leaner state
    return state.spans


# Per node class, the dataclass fields that may hold child nodes (a field holds a node, a
# sequence of nodes, or a plain value such as a Name's string).
_CHILD_FIELDS: Dict[type, Tuple[str, ...]] = {}


def parent_map(module: cst.Module) -> Dict[cst.CSTNode, cst.CSTNode]:
    """Every node's parent: what ParentNodeProvider gives (tests/test_rewrite.py compares
    them), read straight from the nodes' dataclass fields instead of through libcst's visitor,
    which rebuilds every node it passes and costs a fixed `inspect.getmembers` per module."""
    parents: Dict[cst.CSTNode, cst.CSTNode] = {}
    stack: List[cst.CSTNode] = [module]
    while stack:
        node = stack.pop()
        kind = node.__class__
        names = _CHILD_FIELDS.get(kind)
        if names is None:
            names = _CHILD_FIELDS[kind] = tuple(field.name for field in fields(kind))
        for name in names:
            value = getattr(node, name)
            if _is_node(value.__class__):
                parents[value] = node
                stack.append(value)
            elif value.__class__ in (tuple, list):
                for item in value:
                    if _is_node(item.__class__):
                        parents[item] = node
                        stack.append(item)
    return parents


_NODE_CLASSES: Dict[type, bool] = {}


def _is_node(kind: type) -> bool:
    """issubclass(kind, CSTNode), remembered: CSTNode is an ABC, and its isinstance check is
    slow enough to be a third of `parent_map`."""
    known = _NODE_CLASSES.get(kind)
    if known is None:
        known = _NODE_CLASSES[kind] = issubclass(kind, cst.CSTNode)
    return known


def dotted_name(node: cst.BaseExpression) -> str:
    """`a.b.c` for a chain of names and attributes; "..." where the chain has anything else."""
    if isinstance(node, cst.Name):
        return node.value
    if isinstance(node, cst.Attribute):
        return f"{dotted_name(node.value)}.{node.attr.value}"
    return "..."


# -- entry point ---------------------------------------------------------------------------------


def attach_fixes(text: str, findings: Sequence[Finding], legacy: Dict[Span, LegacyCall],
                 options: DetectOptions, sdk: SdkChoice,
                 tree: Optional[ast.Module] = None,
                 left_out: Sequence[Tuple[int, int]] = ()) -> List[Finding]:
    """The findings with API-shape fixes (or exact manual instructions) on the legacy calls;
    `legacy` is detection's classification of each legacy call by the span of its function.

    With the module's `ast` (`tree`), libcst parses an outline of the module instead of all of
    it: top-level functions and classes that cannot matter to any rewrite are blanked out (see
    `Outline`), which makes the parse and its metadata several times cheaper. The plans are the
    same either way (tests/test_rewrite.py compares them); if an outline's plan would touch a
    blanked line, the whole module is planned instead. `left_out`: the (first, last) lines of
    top-level definitions that `tree` lacks because detection did not parse them (`focus`).
    """
    if not needs_rewrite(findings):
        return list(findings)
    taken = _spelled_anywhere(text, CLIENT_NAMES)
    outline = Outline.of(text, tree, findings, left_out) if tree is not None else None
    if outline is not None:
        planned = _plan(outline.text, findings, legacy, options, sdk, taken)
        if planned is not None:
            rebased = outline.rebase(findings, planned, LineIndex(text))
            if rebased is not None:
                return rebased
    planned = _plan(text, findings, legacy, options, sdk, taken)
    if planned is None:
        return [replace(f, message=f"{f.message}. Not rewritten: the rewriter cannot parse this "
                                   f"file; rewrite it by hand")
                if f.code in REWRITTEN_CODES else f for f in findings]
    return planned


# Names the rewrite may give a new client (`_Planner._client_name`): one the module spells
# anywhere (code, strings or comments) is never taken, so the choice never depends on how much
# of the module libcst parsed.
CLIENT_NAMES = frozenset({"client", "openai_client", "aclient", "openai_aclient"})
_SCOPE_WORDS = frozenset({"global", "nonlocal"})


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


@dataclass(frozen=True)
class Outline:
    """The module with some functions and classes blanked out, line for line.

    A top-level `def` or `class`, or a method of a class without findings, is blanked (it
    becomes `pass`, or a string literal over the same lines, line endings kept, so every other
    line keeps its number and columns) when nothing a rewrite looks at can be inside
    it: no finding, no `openai` name, no `global`/`nonlocal`, and no name passed anywhere as a
    model (a model constant the rewrite changes must not be used elsewhere). Functions
    inside the function of a call are never blanked: a closure may read the call's response.
    """

    text: str
    blanked: frozenset

    @staticmethod
    def of(text: str, tree: ast.Module, findings: Sequence[Finding],
           left_out: Sequence[Tuple[int, int]] = ()) -> Optional["Outline"]:
        busy = {line for f in findings for line in range(f.start.line, f.end.line + 1)}
        # A name a rewritten call passes as its model may be a module constant the rewrite
        # changes: every use of it must stay visible. Rewritten calls have findings, so they
        # are in the top-level statements that hold a finding.
        protected = {"openai"}
        for statement in tree.body:
            if busy.intersection(range(statement.lineno, (statement.end_lineno or 0) + 1)):
                protected.update(
                    keyword.value.id for node in _nodes(statement) if isinstance(node, ast.Call)
                    for keyword in node.keywords
                    if keyword.arg in MODEL_KEYWORDS and isinstance(keyword.value, ast.Name))
        index = LineIndex(text)
        lines_of = [text[start:end]
                    for start, end in zip(index.starts, index.starts[1:] + [len(text)])]
        blanked: Dict[int, str] = {}  # line -> its new text (the line ending is kept)

        def indent(line: int) -> str:
            body = lines_of[line - 1]
            return body[:len(body) - len(body.lstrip(" \t\f"))]

        def blank(body: Sequence[ast.stmt]) -> None:
            for statement in body:
                if not isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef,
                                              ast.ClassDef)):
                    continue
                first = min([statement.lineno] + [d.lineno for d in statement.decorator_list])
                last = statement.end_lineno or statement.lineno
                if busy.intersection(range(first, last + 1)):
                    continue
                spelled = _spelled(statement, protected)
                if spelled is None or spelled:
                    if isinstance(statement, ast.ClassDef):
                        blank(statement.body)  # a class without findings: blank what methods we can
                    continue
                blank_lines(first, last)

        def blank_lines(first: int, last: int) -> None:
            # One statement in its place, over the same lines: `pass`, or a string holding
            # the line endings (libcst then makes one node, not one per empty line).
            blanked.update(dict.fromkeys(range(first + 1, last), ""))
            if first == last:
                blanked[first] = indent(first) + "pass"
            else:
                blanked[first], blanked[last] = indent(first) + '"""', '"""'

        blank(tree.body)
        # Definitions detection left unparsed have no finding and no `openai`; without their
        # tree, one that spells a protected name or `global` / `nonlocal` anywhere stays as it
        # is (libcst then reads it exactly as in the whole module).
        for first, last in left_out:
            end = index.starts[last] if last < len(index.starts) else len(text)
            if not _spelled_anywhere(text, protected | _SCOPE_WORDS, index.starts[first - 1], end):
                blank_lines(first, last)
        if not blanked:
            return None
        parts = []
        for line, chunk in enumerate(lines_of, 1):
            if line in blanked:
                chunk = blanked[line] + chunk[len(chunk.rstrip("\r\n")):]
            parts.append(chunk)
        return Outline("".join(parts), frozenset(blanked))

    def rebase(self, findings: Sequence[Finding], planned: Sequence[Finding],
               index: LineIndex) -> Optional[List[Finding]]:
        """The planned findings with their new edits moved to offsets in the real text (their
        positions hold for both); None if an edit would touch a blanked line."""
        out = []
        for before, after in zip(findings, planned):
            if after.fix is None or after.fix is before.fix:
                out.append(after)
                continue
            edits = []
            for edit in after.fix.edits:
                if not self._clear(edit):
                    return None
                edits.append(replace(
                    edit, start=index.offset(edit.start_pos.line, edit.start_pos.column - 1),
                    end=index.offset(edit.end_pos.line, edit.end_pos.column - 1)))
            out.append(replace(after, fix=replace(after.fix, edits=tuple(edits))))
        return out

    def _clear(self, edit: Edit) -> bool:
        """The edit covers no blanked text (it may start or end where a blanked line starts)."""
        start, end = edit.start_pos, edit.end_pos
        for line in range(start.line, end.line + 1):
            if line not in self.blanked:
                continue
            at_line_start = (line == end.line and end.column == 1) and (
                line != start.line or start.column == 1)
            if not at_line_start:
                return False
        return True


def _nodes(statement: ast.AST) -> List[ast.AST]:
    """Every node of a statement (`ast.walk` without its generator overhead)."""
    found, stack = [], [statement]
    while stack:
        node = stack.pop()
        found.append(node)
        stack.extend(children(node))
    return found


def _spelled(statement: ast.stmt, names: AbstractSet[str]) -> Optional[Set[str]]:
    """The names of `names` spelled anywhere in the statement, wherever libcst would see a
    `Name` (variables, attributes, keywords, parameters, definitions, imports); None if it
    declares `global` or `nonlocal` (its assignments would bind names outside it)."""
    found: Set[str] = set()
    for node in _nodes(statement):
        kind = node.__class__
        if kind is ast.Name:
            spelled: Sequence[str] = (node.id,)  # type: ignore[attr-defined]
        elif kind is ast.Attribute:
            spelled = (node.attr,)  # type: ignore[attr-defined]
        elif kind in (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef):
            spelled = (node.name,)  # type: ignore[attr-defined]
        elif kind is ast.arg:
            spelled = (node.arg,)  # type: ignore[attr-defined]
        elif kind is ast.keyword:
            spelled = (node.arg or "",)  # type: ignore[attr-defined]
        elif kind is ast.alias:
            spelled = (*node.name.split("."), node.asname or "")  # type: ignore[attr-defined]
        elif kind is ast.ImportFrom:
            spelled = (node.module or "").split(".")  # type: ignore[attr-defined]
        elif kind in (ast.Global, ast.Nonlocal):
            return None
        else:
            continue
        found.update(names.intersection(spelled))
    return found


def _plan(text: str, findings: Sequence[Finding], legacy: Dict[Span, LegacyCall],
          options: DetectOptions, sdk: SdkChoice,
          taken: AbstractSet[str] = frozenset()) -> Optional[List[Finding]]:
    """Plan every rewrite on `text`; None if libcst cannot parse it. `taken`: the CLIENT_NAMES
    the module spells, which a new client must not take."""
    try:
        module = cst.parse_module(text)
    except cst.ParserSyntaxError:
        return None
    info = _Module(module, text, legacy)
    planner = _Planner(info, options, sdk, taken)
    out: List[Finding] = []
    for finding in findings:
        if finding.code == ERROR_CODE and finding.fix is None:
            out.append(_error_fix(info, finding, sdk))
            continue
        if finding.code not in CALL_CODES or finding.fix is not None:
            out.append(finding)
            continue
        call = info.calls.get((finding.start.line, finding.start.column, finding.end.line,
                               finding.end.column))
        if call is None:
            out.append(finding)
            continue
        try:
            fix = planner.plan(call)
        except Uncertain as exc:
            out.append(replace(finding, message=f"{finding.message}. Not rewritten: {exc}"))
            continue
        except (cst.CSTValidationError, ValueError, KeyError, IndexError, TypeError) as exc:
            # A shape the planner did not foresee: report it, never stop the run for it.
            out.append(replace(finding, message=f"{finding.message}. Not rewritten: the "
                                                f"rewriter cannot handle this call "
                                                f"({type(exc).__name__}); rewrite it by hand"))
            continue
        if fix is None:
            out.append(finding)
            continue
        out.append(replace(finding, fix_safety=FixSafety.UNSAFE, fix=fix))
    return out


def _error_fix(info: _Module, finding: Finding, sdk: SdkChoice) -> Finding:
    """openai.error.X -> openai.Y, `from openai.error import X` -> `from openai import Y as X`."""
    node = info.node_at(finding)
    if not isinstance(node, cst.Attribute) or dotted_name(node.value) not in ("openai", "openai.error"):
        return finding
    if sdk.v0:
        return replace(finding, message=f"{finding.message}. Not rewritten: the project pins "
                                        f"{sdk.label} ({sdk.reason}); upgrade openai first")
    parent = info.parents.get(node)
    edits: List[Edit] = []
    notes: List[str] = []
    if isinstance(parent, cst.ImportFrom) and parent.module is node:
        if isinstance(parent.names, cst.ImportStar):
            return replace(finding, message=f"{finding.message}. Not rewritten: import the "
                                            f"exceptions by name from openai")
        renames = []
        for alias in parent.names:
            old = alias.name.value if isinstance(alias.name, cst.Name) else ""
            new = V1_EXCEPTIONS.get(old)
            if new is None:
                return replace(finding, message=f"{finding.message}. Not rewritten: openai 1.0 "
                                                f"has no {old or 'such name'}; remove it by hand")
            if old in EXCEPTION_NOTES:
                notes.append(EXCEPTION_NOTES[old])
            if new != old:
                renames.append((alias, new, old))
        start, end = info.span(node)
        edits.append(info.edit(start, end, "openai"))
        for alias, new, old in renames:
            start, end = info.span(alias.name)
            edits.append(info.edit(start, end, new if alias.asname else f"{new} as {old}"))
        description = "Import the exceptions from openai (openai>=1)"
    elif dotted_name(node.value) == "openai.error":
        old = node.attr.value
        new = V1_EXCEPTIONS.get(old)
        if new is None:
            return replace(finding, message=f"{finding.message}. Not rewritten: openai 1.0 has "
                                            f"no {old}; catch openai.APIError instead")
        if old in EXCEPTION_NOTES:
            notes.append(EXCEPTION_NOTES[old])
        start, end = info.span(node)
        edits.append(info.edit(start, end, f"openai.{new}"))
        description = f"Replace openai.error.{old} with openai.{new} (openai>=1)"
    elif isinstance(parent, cst.ImportAlias) and parent.asname is None:
        start, end = info.span(node)
        edits.append(info.edit(start, end, "openai"))
        description = "Import openai instead of openai.error (openai>=1)"
    else:
        return finding
    if notes:
        description += "; " + "; ".join(notes)
    description += f": {sdk.reason}"
    return replace(finding, fix_safety=FixSafety.UNSAFE,
                   fix=Fix(FixSafety.UNSAFE, tuple(edits), description))


# -- planning one call -----------------------------------------------------------------------------


class _Planner:
    def __init__(self, info: _Module, options: DetectOptions, sdk: SdkChoice,
                 taken: AbstractSet[str] = frozenset()) -> None:
        self.info = info
        self.options = options
        self.sdk = sdk
        self.config = _module_config(info, taken)
        self._checking: Set[cst.Call] = set()

    def rewritable(self, call: cst.Call) -> bool:
        """Whether `call` gets a fix (checked for the other users of a shared model constant)."""
        self._checking.add(call)
        try:
            return self._plan(call) is not None
        except Uncertain:
            return False
        finally:
            self._checking.discard(call)

    def plan(self, call: cst.Call) -> Optional[Fix]:
        if call in self._checking:
            return self._plan(call)
        self._checking.add(call)
        try:
            return self._plan(call)
        finally:
            self._checking.discard(call)

    def _plan(self, call: cst.Call) -> Optional[Fix]:
        original, target = self._classify(call)
        if target is None:
            return None
        if any(arg.star for arg in call.args):
            raise Uncertain("the call passes **kwargs (dynamic arguments): move them to the chat "
                            "form by hand (prompt= becomes messages=[{\"role\": \"user\", "
                            "\"content\": prompt}])")
        if any(arg.keyword is None for arg in call.args):
            raise Uncertain("the call passes positional arguments; name them, then run again")
        stream = _keyword(call, "stream")
        if stream is not None and not (isinstance(stream.value, cst.Name)
                                       and stream.value.value == "False"):
            raise Uncertain("the call streams: chunks read choices[0].delta in the chat form; "
                            "rewrite the loop over the chunks by hand")
        v1 = not self.sdk.v0 or original == "v1"
        if not v1 and target.kind in ("chat", "embeddings"):
            raise Uncertain(f"the project pins {self.sdk.label} ({self.sdk.reason}); upgrade "
                            f"openai to >=1, then run --unsafe-fixes again")
        edits: List[Edit] = []
        new_args, model = self._arguments(call, target, edits)
        outer, expr, steps_suffix = self._response(call, target, v1, edits)
        func = self._func(call, target, v1, original)
        new_call = call.with_changes(func=func, args=new_args)
        call_code = self.info.replaced_code(call, new_call)
        start, end = self.info.span(outer)
        call_start, call_end = self.info.span(call)
        expr_end = self.info.span(expr)[1]
        for _ in getattr(expr, "rpar", ()):  # `(await create(...))[...]`: keep the closing paren
            expr_end = self.info.text.index(")", expr_end) + 1
        content = (self.info.text[start:call_start] + call_code
                   + self.info.text[call_end:expr_end] + steps_suffix)
        edits.append(self.info.edit(start, end, content))
        client_note = ""
        if v1 and original == "v0":
            client_edits, client_note = self._client(target, start)
            edits.extend(client_edits)
        edits.sort(key=lambda e: (e.start, e.end))
        for left, right in zip(edits, edits[1:]):
            if right.start < left.end:
                raise Uncertain("the response is read inside the call's own arguments")
        shape = (f"{self._client_name(target) if v1 and original == 'v0' else 'client'}."
                 f"{target.resource}.create" if v1 else f"openai.ChatCompletion.{_method(call)}")
        description = f"Rewrite as {shape}" + (f" on {model}" if model else "")
        description += f" for {self.sdk.label}: {self.sdk.reason}"
        if client_note:
            description += f"; {client_note}"
        return Fix(FixSafety.UNSAFE, tuple(edits), description)

    # which call this is ---------------------------------------------------------------------

    def _classify(self, call: cst.Call) -> Tuple[str, Optional[Target]]:
        """What the call becomes, from the detector's own classification of it."""
        legacy = self.info.legacy.get(call)
        if legacy is None:
            return "", None
        if legacy.guessed:
            raise Uncertain(f"{dotted_name(call.func)} reaches openai through a parameter or an "
                            f"attribute, not an import: settings made through it (api_key) would "
                            f"not reach a new client; rewrite by hand")
        if legacy.sdk == "v0" and legacy.resource in _V0_KINDS \
                and legacy.method in ("create", "acreate"):
            kind, resource = _V0_KINDS[legacy.resource]
            target = Target(kind, resource, legacy.is_async)
        elif legacy.sdk == "v1" and legacy.method == "create" \
                and legacy.resource in ("completions", "edits"):
            kind = "chat-from-completion" if legacy.resource == "completions" else "chat-from-edit"
            target = Target(kind, "chat.completions", False)
        else:
            return legacy.sdk, None
        func = call.func
        if not (isinstance(func, cst.Attribute) and isinstance(func.value, cst.Attribute)
                and func.value.attr.value == legacy.resource.split(".")[-1]):
            raise Uncertain(f"the call goes through a stored reference to {legacy.target}; "
                            f"call it directly, then run again")
        return legacy.sdk, target

    # the arguments -----------------------------------------------------------------------------

    def _arguments(self, call: cst.Call, target: Target,
                   edits: List[Edit]) -> Tuple[List[cst.Arg], Optional[str]]:
        args = list(call.args)
        keywords = [arg.keyword.value for arg in args if arg.keyword is not None]
        model_args = [arg for arg in args if arg.keyword and arg.keyword.value in MODEL_KEYWORDS]
        if len(model_args) > 1:
            raise Uncertain("the call names its model twice (model=/engine=/deployment_id=)")
        model_name: Optional[str] = None
        for name in keywords:
            if name in V0_ONLY:
                raise Uncertain(f"{name}= is a per-call v0 setting: move it to the client "
                                f"({V0_ONLY[name] or name}=) by hand")
        if target.kind in ("chat", "embeddings"):
            if model_args and model_args[0].keyword.value != "model" and not self.config.azure:
                raise Uncertain(f"{model_args[0].keyword.value}= names an Azure deployment but "
                                f"this module does not set openai.api_type = \"azure\": create "
                                f"an AzureOpenAI client and pass the deployment as model=")
            return [self._model_keyword(arg) if arg in model_args else arg for arg in args], None
        if self.config.azure:
            raise Uncertain("Azure deployments are named by their owner: deploy a chat model, "
                            "then call client.chat.completions.create(model=<deployment>, "
                            "messages=...)")
        if not model_args:
            raise Uncertain("the call names no model")
        model_arg = model_args[0]
        new_model, model_name = self._chat_model(model_arg.value, edits)
        if target.kind == "chat-from-completion":
            allowed = CARRIED
            text_keys = ("prompt",)
        else:
            allowed = EDIT_CARRIED
            text_keys = ("input", "instruction")
        missing = [NO_CHAT_EQUIVALENT[name] for name in keywords if name in NO_CHAT_EQUIVALENT]
        if missing and target.kind == "chat-from-completion":
            raise Uncertain("; ".join(missing) + "; the call is left as it is")
        for name in keywords:
            if name not in allowed and name not in text_keys and name not in MODEL_KEYWORDS \
                    and name != "stream":
                raise Uncertain(f"{name}= has no known Chat Completions equivalent")
        messages = self._messages(call, target)
        multiline = isinstance(call.whitespace_before_args, cst.ParenthesizedWhitespace)
        first_text = next(i for i, arg in enumerate(args)
                          if arg.keyword and arg.keyword.value in text_keys)
        out: List[cst.Arg] = []
        for index, arg in enumerate(args):
            name = arg.keyword.value if arg.keyword else ""
            if arg is model_arg:
                out.append(arg.with_changes(keyword=cst.Name("model"), value=new_model))
            elif index == first_text:
                indent = _arg_indent(call, index) if multiline and len(messages) > 1 else None
                out.append(arg.with_changes(keyword=cst.Name("messages"),
                                            value=_message_list(messages, indent)))
            elif name in text_keys:
                if index == len(args) - 1 and out:
                    out[-1] = out[-1].with_changes(comma=arg.comma)
                continue
            else:
                out.append(arg)
        return out, model_name

    def _model_keyword(self, arg: cst.Arg) -> cst.Arg:
        if arg.keyword is not None and arg.keyword.value != "model":
            return arg.with_changes(keyword=cst.Name("model"))
        return arg

    def _messages(self, call: cst.Call, target: Target) -> List[cst.Dict]:
        if target.kind == "chat-from-completion":
            prompt = _keyword(call, "prompt")
            if prompt is None:
                raise Uncertain("the call has no prompt=")
            if isinstance(prompt.value, (cst.List, cst.Tuple, cst.ListComp)):
                raise Uncertain("a list of prompts is a batch; Chat Completions takes one "
                                "conversation per call: loop over the prompts")
            return [_message("user", prompt.value)]
        instruction = _keyword(call, "instruction")
        if instruction is None:
            raise Uncertain("the Edits call has no instruction=")
        code = _keyword(call, "input")
        messages = [_message("system", cst.SimpleString(f'"{EDIT_SYSTEM_PROMPT}"'))]
        if code is not None:
            messages.append(_message("user", code.value))
        messages.append(_message("user", instruction.value))
        return messages

    def _chat_model(self, value: cst.BaseExpression,
                    edits: List[Edit]) -> Tuple[cst.BaseExpression, Optional[str]]:
        """The served chat model for a Completions/Edits model; a same-module constant moves too."""
        if isinstance(value, cst.SimpleString):
            target = self._chat_target(_string(value))
            return _restring(value, target), target
        if isinstance(value, cst.Name):
            assignment = self._constant(value)
            if isinstance(assignment, str):
                raise Uncertain(assignment)
            literal = assignment
            target = self._chat_target(_string(literal))
            if target != _string(literal):
                start, end = self.info.span(literal)
                edits.append(self.info.edit(start, end, self.info.module.code_for_node(
                    _restring(literal, target))))
            return value, target
        raise Uncertain("the model is computed at run time: pass a served chat model "
                        f"({self._default_chat()}) and move the call to Chat Completions")

    def _chat_target(self, name: Optional[str]) -> str:
        if name is None:
            raise Uncertain("the model string has escapes or is not text")
        row = self.options.table.get(name)
        if row is not None and row.current and row.api == "chat":
            return name
        resolution = self.options.table.resolve(name, self.options.as_of, self.options.targets)
        if resolution.action == "migrate-api" and resolution.target:
            return resolution.target
        if resolution.action == "rename" and resolution.target and row is not None \
                and self.options.table.get(resolution.target) is not None \
                and self.options.table.get(resolution.target).api == "chat":
            return resolution.target
        raise Uncertain(f"{name} has no known chat replacement: choose a chat model (e.g. "
                        f"{self._default_chat()}) and move the call by hand")

    def _default_chat(self) -> str:
        target = self.options.targets.get("chat") or (
            self.options.table.targets["chat"].model if "chat" in self.options.table.targets
            else "a served chat model")
        return target

    def _constant(self, name: cst.Name) -> Union[cst.SimpleString, str]:
        """The literal a same-module constant holds, or the instruction when that is unsure."""
        scope = self.info.scopes.get(name)
        assignments = list(scope[name.value]) if scope is not None else []
        imported = [a for a in assignments if isinstance(getattr(a, "node", None),
                                                          (cst.Import, cst.ImportFrom))]
        if imported:
            raise Uncertain(f"the model comes from {name.value}, imported from another module: "
                            f"set it to {self._default_chat()} there and move this call to Chat "
                            f"Completions by hand (gptmigrate rewrites one module at a time)")
        if len(assignments) != 1:
            raise Uncertain(f"the model comes from {name.value}, which is not a module constant")
        assignment = assignments[0]
        node = getattr(assignment, "node", None)
        if assignment.scope is not self.info.scopes.get(self.info.module):
            raise Uncertain(f"the model comes from {name.value}, which is not a module constant")
        parent = self.info.parents.get(node)
        if not (isinstance(parent, cst.AssignTarget) and isinstance(
                self.info.parents.get(parent), cst.Assign)):
            raise Uncertain(f"the model comes from {name.value}, which is not a module constant")
        assign = self.info.parents[parent]
        if len(assign.targets) != 1 or not isinstance(assign.value, cst.SimpleString):
            raise Uncertain(f"the model comes from {name.value}, which is not a plain string")
        for access in self._in_order(assignment.references):
            arg = self.info.parents.get(access.node)
            call = self.info.parents.get(arg) if isinstance(arg, cst.Arg) else None
            if not (isinstance(arg, cst.Arg) and arg.keyword is not None
                    and arg.keyword.value in MODEL_KEYWORDS and isinstance(call, cst.Call)
                    and (call in self._checking or _is_chat_call(call, self.info)
                         or self.rewritable(call))):
                line = self.info.line(access.node)
                raise Uncertain(f"{name.value} is also used on line {line}: point this call at "
                                f"{self._default_chat()} by hand")
        return assign.value

    def _in_order(self, accesses: Iterable[Access]) -> List[Access]:
        """Accesses in source order: libcst keeps them in a set, whose order changes from run
        to run, and the first one may name a line in a message."""
        spans = self.info.spans
        return sorted(accesses, key=lambda access: spans[access.node][0])

    # the response -------------------------------------------------------------------------------

    def _response(self, call: cst.Call, target: Target, v1: bool,
                  edits: List[Edit]) -> Tuple[cst.CSTNode, cst.CSTNode, str]:
        """Edits for every read of the response; returns the node the call edit covers, the
        call's expression (the call or its await) and the converted access chain written right
        after that expression (for `create(...)["choices"]`)."""
        expr: cst.CSTNode = call
        parent = self.info.parents.get(expr)
        if isinstance(parent, cst.Await):
            expr, parent = parent, self.info.parents.get(parent)
        steps, outer = self._chain(expr)
        if steps:
            path = self._check_steps(steps, (), target)
            self._after(outer, path, target, v1, edits, 0)
            return outer, expr, _render(steps, (), target, v1)
        if isinstance(parent, cst.Expr):
            return expr, expr, ""
        if isinstance(parent, cst.Assign) and len(parent.targets) == 1 \
                and isinstance(parent.targets[0].target, cst.Name):
            self._follow(parent.targets[0].target, (), target, v1, edits, 0)
            return expr, expr, ""
        if isinstance(parent, (cst.For, cst.CompFor)):
            raise Uncertain("the response is iterated directly; rewrite its reads by hand")
        raise Uncertain(self._escape_message(target, v1))

    def _escape_message(self, target: Target, v1: bool) -> str:
        reads = ".choices[0].message.content" if target.kind.startswith("chat-from") else (
            "attributes (resp.choices[0].message.content, resp.data[0].embedding)")
        if not v1:
            reads = '["choices"][0]["message"]["content"]'
        return (f"the response leaves this scope (returned, passed on or stored): its readers "
                f"elsewhere must change to {reads}; rewrite the call and those reads together")

    def _follow(self, name: cst.Name, base: Tuple[str, ...], target: Target, v1: bool,
                edits: List[Edit], depth: int) -> None:
        """Convert every read of a name bound to (part of) the response, in its scope."""
        if depth > 4:
            raise Uncertain("the response is passed through too many names")
        scope = self.info.scopes.get(name)
        if scope is None:
            raise Uncertain(self._escape_message(target, v1))
        assignments = [a for a in scope[name.value] if getattr(a, "node", None) is name]
        if len(list(scope[name.value])) != 1 or len(assignments) != 1:
            raise Uncertain(f"{name.value} is assigned more than once; rewrite its reads by hand")
        for access in self._in_order(assignments[0].references):
            steps, outer = self._chain(access.node)
            path = self._check_steps(steps, base, target)
            if steps:
                new = _render(steps, base, target, v1)
                if new != self.info.source(outer)[len(name.value):]:
                    start, end = self.info.span(outer)
                    edits.append(self.info.edit(start, end, name.value + new))
            self._after(outer, path, target, v1, edits, depth)

    def _after(self, outer: cst.CSTNode, path: Tuple[str, ...], target: Target, v1: bool,
               edits: List[Edit], depth: int) -> None:
        """A read that still holds a response object: follow it into a name, or give up."""
        if path not in OBJECT_PATHS and path not in LIST_PATHS:
            return
        context = self.info.parents.get(outer)
        alias = self._alias(outer, context)
        if alias is None:
            self._check_bare(outer, path, context)
            return
        child_base = path + ("*",) if path in LIST_PATHS and not isinstance(
            context, cst.Assign) else path
        self._follow(alias, child_base, target, v1, edits, depth + 1)

    def _alias(self, outer: cst.CSTNode, context: Optional[cst.CSTNode]) -> Optional[cst.Name]:
        if isinstance(context, cst.Assign) and len(context.targets) == 1 \
                and isinstance(context.targets[0].target, cst.Name):
            return context.targets[0].target
        if isinstance(context, (cst.For, cst.CompFor)) and context.iter is outer \
                and isinstance(context.target, cst.Name):
            return context.target
        return None

    def _check_bare(self, outer: cst.CSTNode, path: Tuple[str, ...],
                    context: Optional[cst.CSTNode]) -> None:
        """A response object used whole (returned, passed on) changes type in v1: not certain."""
        if path in LIST_PATHS:
            if isinstance(context, cst.Arg) \
                    and isinstance(self.info.parents.get(context), cst.Call) \
                    and dotted_name(self.info.parents[context].func) == "len":
                return
        if isinstance(context, cst.Attribute) and (path in OBJECT_PATHS or path in LIST_PATHS):
            line = self.info.line(outer)
            raise Uncertain(f"the response is read with .{context.attr.value}() on line {line}, "
                            f"a dict method that v1 response objects do not have; rewrite that "
                            f"read by hand (attributes: .choices[0].message.content)")
        if path in OBJECT_PATHS or path in LIST_PATHS:
            line = self.info.line(outer)
            what = "the response" if not path else "part of the response"
            raise Uncertain(f"{what} is used whole on line {line} (returned, passed on or "
                            f"stored), so its readers cannot be followed; rewrite them by hand")

    def _chain(self, node: cst.CSTNode) -> Tuple[List[Step], cst.CSTNode]:
        steps: List[Step] = []
        current = node
        while True:
            parent = self.info.parents.get(current)
            if isinstance(parent, cst.Subscript) and parent.value is current:
                if len(parent.slice) != 1 or not isinstance(parent.slice[0].slice, cst.Index):
                    raise Uncertain("the response is sliced; rewrite its reads by hand")
                index = parent.slice[0].slice.value
                if isinstance(index, cst.SimpleString):
                    key = _string(index)
                    if key is None or not key.isidentifier() or keyword.iskeyword(key):
                        raise Uncertain(f"the response is read with the key "
                                        f"{self.info.source(index)}")
                    steps.append(Step(key, quote=index.quote))
                else:
                    steps.append(Step(None, self.info.source(index)))
            elif isinstance(parent, cst.Attribute) and parent.value is current:
                grand = self.info.parents.get(parent)
                if isinstance(grand, cst.Call) and grand.func is parent:
                    return steps, current  # a method call: judged by the path it is called on
                steps.append(Step(parent.attr.value, quote=""))
            else:
                return steps, current
            current = parent

    def _check_steps(self, steps: List[Step], base: Tuple[str, ...],
                     target: Target) -> Tuple[str, ...]:
        path = base
        for step in steps:
            path = path + (step.path_part(),)
        if target.kind.startswith("chat-from") and len(path) >= 3 and path[:1] == ("choices",) \
                and path[2] == "logprobs":
            raise Uncertain("the response's logprobs change shape in Chat Completions")
        return path

    # the function and the client ------------------------------------------------------------

    def _func(self, call: cst.Call, target: Target, v1: bool, original: str) -> cst.BaseExpression:
        if not v1:
            func = call.func
            if not (isinstance(func, cst.Attribute) and isinstance(func.value, cst.Attribute)):
                raise Uncertain("the call does not name its resource as openai.Completion; "
                                "write openai.ChatCompletion.create(...) by hand")
            return func.with_changes(value=func.value.with_changes(attr=cst.Name("ChatCompletion")))
        if original == "v1":
            func = call.func
            assert isinstance(func, cst.Attribute) and isinstance(func.value, cst.Attribute)
            chat = cst.Attribute(value=func.value.value, attr=cst.Name("chat"))
            return func.with_changes(value=func.value.with_changes(value=chat,
                                                                   attr=cst.Name("completions")))
        code = f"{self._client_name(target)}.{target.resource}.create"
        return cst.parse_expression(code)

    def _client_name(self, target: Target) -> str:
        wanted = "AsyncOpenAI" if target.asynchronous else "OpenAI"
        existing = self.config.clients.get(wanted)
        if existing:
            return existing
        base = "aclient" if target.asynchronous else "client"
        for name in (base, f"openai_{base}"):  # keep CLIENT_NAMES in step
            if name not in self.config.names:
                return name
        raise Uncertain(f"the names {base} and openai_{base} are taken; create the client by hand")

    def _client(self, target: Target, call_start: int) -> Tuple[List[Edit], str]:
        """Import and module-level client, once per module (existing ones are reused)."""
        kind = "AsyncOpenAI" if target.asynchronous else "OpenAI"
        class_name = ("AsyncAzureOpenAI" if target.asynchronous else "AzureOpenAI") \
            if self.config.azure else kind
        name = self._client_name(target)
        if self.config.clients.get(kind):
            return [], f"uses the existing {name}"
        config = self.config
        if config.inner_setting is not None:
            raise Uncertain(f"openai.{config.inner_setting} is set inside a function: create the "
                            f"client there (client = {class_name}(...)) and rewrite by hand")
        if config.anchor_end is None:
            raise Uncertain("the module does not import openai at its top level")
        if call_start < config.anchor_end:
            raise Uncertain("the call runs before the module's openai settings")
        newline = self.info.module.default_newline
        arguments = []
        if config.azure:
            arguments = ["api_key=openai.api_key", "api_version=openai.api_version",
                         "azure_endpoint=openai.api_base"]
        else:
            if "api_key" in config.settings:
                arguments.append("api_key=openai.api_key")
            if "organization" in config.settings:
                arguments.append("organization=openai.organization")
            if "api_base" in config.settings:
                arguments.append("base_url=openai.api_base")
        statement = f"{name} = {class_name}({', '.join(arguments)})"
        note = f"adds {statement}" + ("" if arguments else " (reads OPENAI_API_KEY)")
        if len(statement) > 88:
            statement = f"{name} = {class_name}({newline}" + "".join(
                f"    {argument},{newline}" for argument in arguments) + ")"
        edits: List[Edit] = []
        import_line = f"from openai import {class_name}{newline}"
        if class_name in config.imported:
            import_line = ""
        gap = newline if config.anchor_is_import else ""
        if config.import_end == config.anchor_end:
            edits.append(self.info.edit(config.anchor_end, config.anchor_end,
                                        import_line + gap + statement + newline))
        else:
            if import_line:
                edits.append(self.info.edit(config.import_end, config.import_end, import_line))
            edits.append(self.info.edit(config.anchor_end, config.anchor_end,
                                        gap + statement + newline))
        return edits, note


# -- module configuration ------------------------------------------------------------------------


@dataclass
class _Config:
    """What the module says about openai at its top level."""

    azure: bool
    settings: Set[str]
    inner_setting: Optional[str]
    clients: Dict[str, str]
    imported: Set[str]
    names: Set[str]  # the CLIENT_NAMES the module spells anywhere
    import_end: Optional[int]  # after `import openai`: where `from openai import X` goes
    anchor_end: Optional[int]  # after the last top-level import, openai setting or client
    anchor_is_import: bool


def _module_config(info: _Module, taken: AbstractSet[str] = frozenset()) -> _Config:
    module = info.module
    settings: Set[str] = set()
    azure = False
    clients: Dict[str, str] = {}
    imported: Set[str] = set()
    import_end: Optional[int] = None
    anchor_end: Optional[int] = None
    anchor_is_import = False
    for statement in module.body:
        if not isinstance(statement, cst.SimpleStatementLine):
            continue
        for small in statement.body:
            if isinstance(small, (cst.Import, cst.ImportFrom)):
                anchor_end, anchor_is_import = _line_end(info, statement), True
            if isinstance(small, cst.Import) and any(
                    dotted_name(alias.name) == "openai" and alias.asname is None
                    for alias in small.names):
                import_end = _line_end(info, statement)
            elif isinstance(small, cst.ImportFrom) and small.module is not None \
                    and dotted_name(small.module) == "openai" and not isinstance(small.names,
                                                                             cst.ImportStar):
                imported.update(alias.name.value for alias in small.names
                                if isinstance(alias.name, cst.Name))
            elif isinstance(small, cst.Assign) and len(small.targets) == 1:
                target = small.targets[0].target
                setting = _openai_setting(target)
                if setting is not None:
                    settings.add(setting)
                    anchor_end, anchor_is_import = _line_end(info, statement), False
                    if setting == "api_type" and isinstance(small.value, cst.SimpleString) \
                            and (_string(small.value) or "").startswith("azure"):
                        azure = True
                if isinstance(target, cst.Name) and isinstance(small.value, cst.Call):
                    called = dotted_name(small.value.func).split(".")[-1]
                    kind = {"OpenAI": "OpenAI", "AzureOpenAI": "OpenAI", "AsyncOpenAI":
                            "AsyncOpenAI", "AsyncAzureOpenAI": "AsyncOpenAI"}.get(called)
                    if kind is not None:
                        clients.setdefault(kind, target.value)
                        anchor_end, anchor_is_import = _line_end(info, statement), False
    if import_end is None:
        anchor_end = None
    inner: Optional[str] = None
    for node in info.spans:
        if isinstance(node, cst.Assign) and len(node.targets) == 1:
            setting = _openai_setting(node.targets[0].target)
            if setting is not None and info.parents.get(info.parents.get(node)) is not module:
                inner = setting
    return _Config(azure, settings, inner, clients, imported, set(taken), import_end,
                   anchor_end, anchor_is_import)


def _openai_setting(target: cst.BaseExpression) -> Optional[str]:
    if isinstance(target, cst.Attribute) and isinstance(target.value, cst.Name) \
            and target.value.value == "openai" and target.attr.value in CONFIG_ATTRIBUTES:
        return target.attr.value
    return None


def _line_end(info: _Module, statement: cst.SimpleStatementLine) -> int:
    """Offset just after the newline that ends `statement`."""
    end_line = info.index.position(info.spans[statement][1])[0]
    if end_line < len(info.index.starts):
        return info.index.starts[end_line]
    return len(info.text)


# -- small helpers --------------------------------------------------------------------------------


def _is_chat_call(call: cst.Call, info: _Module) -> bool:
    """A call already on Chat Completions (v1 client or v0 module): a chat model suits it."""
    if dotted_name(call.func).endswith("chat.completions.create"):
        return True
    return any(q.name in ("openai.ChatCompletion.create", "openai.ChatCompletion.acreate")
               for q in info.qualified_names(call.func))


def _method(call: cst.Call) -> str:
    return call.func.attr.value if isinstance(call.func, cst.Attribute) else ""


def _keyword(call: cst.Call, name: str) -> Optional[cst.Arg]:
    for arg in call.args:
        if arg.keyword is not None and arg.keyword.value == name:
            return arg
    return None


def _string(node: cst.SimpleString) -> Optional[str]:
    try:
        value = node.evaluated_value
    except Exception:  # noqa: BLE001 - malformed escapes are simply not model names
        return None
    if not isinstance(value, str) or node.raw_value != value:
        return None
    return value


def _restring(node: cst.SimpleString, value: str) -> cst.SimpleString:
    return node.with_changes(value=f"{node.prefix}{node.quote}{value}{node.quote}")


def _message(role: str, content: cst.BaseExpression) -> cst.Dict:
    return cst.Dict([
        cst.DictElement(cst.SimpleString('"role"'), cst.SimpleString(f'"{role}"')),
        cst.DictElement(cst.SimpleString('"content"'), content),
    ])


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


def _render(steps: List[Step], base: Tuple[str, ...], target: Target, v1: bool) -> str:
    """The access chain in the target shape: attributes for v1, keys for v0; text -> message."""
    out: List[str] = []
    path = base
    quote = next((step.quote for step in steps if step.key is not None and step.quote), '"')
    for step in steps:
        parts: List[Optional[str]] = [step.key]
        if step.key == "text" and target.kind.startswith("chat-from") and len(path) == 2 \
                and path[0] == "choices":
            parts = ["message", "content"]
        for part in parts:
            if part is None:
                out.append(f"[{step.index_code}]")
            elif v1:
                out.append(f".{part}")
            else:
                out.append(f"[{quote}{part}{quote}]")
        path = path + (step.path_part(),)
    return "".join(out)


__all__ = ["attach_fixes", "EDIT_SYSTEM_PROMPT"]
