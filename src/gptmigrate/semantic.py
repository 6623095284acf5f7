"""What a rewrite knows about a module: the facts detection resolved on Python's `ast`.

Detection's `QualifiedNames` decides which scope binds a name (Python's rules, with `global`,
`nonlocal` and class bodies) and what imports a name or an attribute chain refers to; its
`CallResolver` decides which calls are legacy OpenAI calls and which names hold OpenAI
clients. Rewrite planning asks only these questions, so detection and rewrite cannot disagree
about a name: there is one semantic model. This module adds the two indexes planning needs on
top of it, built on first use for the few files that get a rewrite: where each name is bound
and read (by the scope that owns it), and each node's parent. libcst is not involved; it only
prints the new code of a call (`rewrite`).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Set, Tuple

from gptmigrate.detect import (OPENAI_CLIENT_CLASSES, Detector, LineIndex, LegacyCall, Span,
                               _Scope, children)
from gptmigrate.types import Edit, Position

CONFIG_ATTRIBUTES = ("api_key", "organization", "api_base", "api_type", "api_version")
# openai>=1's module-level names for 0.x's openai.api_base (the fix renames it to one).
_V1_API_BASE = frozenset({"base_url", "azure_endpoint"})
_ASYNC_CLIENTS = frozenset({"openai.AsyncOpenAI", "openai.AsyncAzureOpenAI", "openai.AsyncClient"})
_FUNCTIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
# `{expr=}`, `{expr = !r:>9}`: what follows a field's expression in the debug form (`==` is a
# comparison inside the expression, a format spec starts with `:`)
_DEBUG_SPECIFIER = re.compile(r"\s*=(?!=)")
_DEBUG_SPECIFIER_ANYWHERE = re.compile(r"=\s*[}!:]")
_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)
_BindingKey = Tuple[_Scope, str]


@dataclass
class Setting:
    """`openai.<attribute> = value`, a v0 module setting."""

    attribute: str
    statement: ast.stmt
    value: ast.expr
    scope: _Scope


@dataclass
class ModuleFacts:
    """What the module's top level says about openai: where a new import and client can go,
    which clients and settings exist."""

    azure: bool = False
    settings: List[Setting] = field(default_factory=list)
    clients: Dict[str, str] = field(default_factory=dict)  # "OpenAI"/"AsyncOpenAI" -> name
    imported: Set[str] = field(default_factory=set)  # names imported from openai
    import_end: Optional[int] = None  # after `import openai`: where `from openai import X` goes
    # whether the module binds the name openai (`import openai`): without it, a client made
    # for a module that only does `from openai import ChatCompletion` cannot read openai.X
    binds_openai: bool = True
    anchor_end: Optional[int] = None  # after the last top-level import, setting or client
    anchor_is_import: bool = False
    settings_after_calls: bool = False  # a top-level openai setting after the first call
    first_call: int = 0  # where the module's first legacy call starts (its length if none)

    def inner_settings(self) -> List[Setting]:
        return [s for s in self.settings if s.scope.parent is not None]

    def sets_azure(self) -> bool:
        """`openai.api_type = "azure..."` anywhere in the module, or an api_type it cannot
        read."""
        return any(s.attribute == "api_type" and not (
            isinstance(s.value, ast.Constant) and isinstance(s.value.value, str)
            and not s.value.value.startswith("azure")) for s in self.settings)

    def api_types(self) -> Set[Optional[str]]:
        """The values `openai.api_type` is set to (None for one that is not a string literal)."""
        return {s.value.value if isinstance(s.value, ast.Constant)
                and isinstance(s.value.value, str) else None
                for s in self.settings if s.attribute == "api_type"}

    def top_settings(self) -> Set[str]:
        return {s.attribute for s in self.settings if s.scope.parent is None}


# The expressions whose first `for` iterates over a value of the enclosing scope.
_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)


class Semantics:
    """One module's text, tree and detection facts, with the indexes rewrite planning reads."""

    def __init__(self, text: str, tree: ast.Module, detector: Detector) -> None:
        self.text = text
        self.tree = tree
        self.detector = detector
        self.names = detector.names
        self.index: LineIndex = detector.index
        self._parents: Optional[Dict[int, ast.AST]] = None
        self._scopes: Dict[int, _Scope] = {}
        self._sites: Dict[_BindingKey, List[ast.AST]] = {}
        self._reads: Dict[_BindingKey, List[ast.Name]] = {}
        self._settings: List[Setting] = []
        # attribute -> `<name>.<attribute>` nodes on a plain name, found by the index walk
        self._openai_attributes: Dict[str, List[ast.Attribute]] = {}
        self._indexed = False
        self._facts: Optional[ModuleFacts] = None
        self._resolved_calls: Optional[Dict[int, List[str]]] = None
        self._legacy: Optional[Dict[int, LegacyCall]] = None
        self._debug_fields: Optional[List[Tuple[Tuple[int, int], ast.expr]]] = None

    # -- positions -------------------------------------------------------------------------------

    @property
    def newline(self) -> str:
        """The line ending the module writes (code a fix adds uses it too)."""
        return "\r\n" if "\r\n" in self.text else "\n"

    def span(self, node: ast.AST) -> Tuple[int, int]:
        """Character offsets of `node` in the text (ast columns count UTF-8 bytes)."""
        index = self.index
        line, end_line = node.lineno, node.end_lineno  # type: ignore[attr-defined]
        return (index.offset(line, index.column(line, node.col_offset)),  # type: ignore
                index.offset(end_line, index.column(end_line, node.end_col_offset)))  # type: ignore

    def source(self, node: ast.AST) -> str:
        start, end = self.span(node)
        return self.text[start:end]

    def call_source(self, call: ast.Call) -> str:
        """The text of `call`; for a call a host makes later (`partial(create, model=m)`),
        the call it makes, written out (`create(model=m)`)."""
        if id(call) not in self.detector.deferred:
            return self.source(call)
        start, function_end = self.span(call.func)
        end = self.span(call)[1]
        rest = self.text[function_end:end]
        if call.args or call.keywords:  # what follows the comma after the function
            rest = rest[rest.index(",") + 1:]
        else:
            rest = ")"
        return self.text[start:function_end] + "(" + rest

    def finding_span(self, node: ast.AST) -> Span:
        start, end = self.span(node)
        return self.index.span(start, end)

    def edit(self, start: int, end: int, content: str) -> Edit:
        return Edit(start, end, content, Position(*self.index.position(start)),
                    Position(*self.index.position(end)))

    def debug_field(self, start: int, end: int) -> Optional[ast.expr]:
        """The expression of an f-string field written `{expr=}` that overlaps the span, if
        any: such a field prints its expression's own text, so an edit there changes what the
        program prints."""
        if self._debug_fields is None:
            self._debug_fields = []
            if _DEBUG_SPECIFIER_ANYWHERE.search(self.text):
                for node in ast.walk(self.tree):
                    if isinstance(node, ast.FormattedValue):
                        field = self.span(node.value)
                        if _DEBUG_SPECIFIER.match(self.text, field[1]):
                            self._debug_fields.append((field, node.value))
        return next((value for (first, last), value in self._debug_fields
                     if start < last and first < end), None)

    def free_quote(self, node: ast.AST) -> Optional[str]:
        """A quote character text inserted at `node` may use: `"` unless an enclosing f-string
        is written with it; None where the enclosing f-strings use both quotes (before Python
        3.12 an f-string's expressions cannot hold its own quote)."""
        taken = set()
        current: Optional[ast.AST] = node
        while current is not None and not isinstance(current, ast.stmt):
            if isinstance(current, ast.JoinedStr):
                opening = self.source(current).lstrip("rRbBfFuU")
                if opening[:1] in ("'", '"'):
                    taken.add(opening[0])
            current = self.parent(current)
        return next((quote for quote in ('"', "'") if quote not in taken), None)

    def line_end(self, statement: ast.stmt) -> int:
        """The offset just after the line break that ends `statement`."""
        end_line = statement.end_lineno or statement.lineno
        starts = self.index.starts
        return starts[end_line] if end_line < len(starts) else len(self.text)

    # -- the tree --------------------------------------------------------------------------------

    def parent(self, node: ast.AST) -> Optional[ast.AST]:
        if self._parents is None:
            parents: Dict[int, ast.AST] = {}
            stack: List[ast.AST] = [self.tree]
            while stack:
                current = stack.pop()
                for child in children(current):
                    parents[id(child)] = current
                    stack.append(child)
            for deferred, host in self.detector.deferred.values():
                parents[id(deferred)] = host  # `partial(create, ...)`: the call it makes later
            self._parents = parents
        return self._parents.get(id(node))

    def enclosing_statement(self, node: ast.AST) -> Optional[ast.stmt]:
        current: Optional[ast.AST] = node
        while current is not None and not isinstance(current, ast.stmt):
            current = self.parent(current)
        return current

    def enclosing_function(self, node: ast.AST) -> Optional[ast.AST]:
        current = self.parent(node)
        while current is not None and not isinstance(current, _FUNCTIONS):
            current = self.parent(current)
        return current

    # -- names: where they are bound and read ----------------------------------------------------

    def scope_of(self, name: ast.Name) -> _Scope:
        """The scope a name node appears in."""
        self._index()
        return self._scopes.get(id(name), self.names.module)

    def binding_of(self, name: ast.Name) -> _BindingKey:
        """The (owning scope, name) a name node reads or assigns."""
        scope = self.scope_of(name)
        if isinstance(name.ctx, ast.Load):
            return scope.owner(name.id), name.id
        return self._assignee(name, scope), name.id

    def sites(self, key: _BindingKey) -> List[ast.AST]:
        """Every node that binds `key`: Name targets, imports' aliases, parameters, defs."""
        self._index()
        return self._sites.get(key, [])

    def reads(self, key: _BindingKey) -> List[ast.Name]:
        """Every read of `key`, in source order."""
        self._index()
        return sorted(self._reads.get(key, []), key=lambda n: (n.lineno, n.col_offset))

    def _assignee(self, name: ast.Name, scope: _Scope) -> _Scope:
        parent = self.parent(name)
        if isinstance(parent, ast.NamedExpr) and parent.target is name:
            while scope.kind == "comprehension" and scope.parent is not None:
                scope = scope.parent
        return scope.assignee(name.id)

    def _index(self) -> None:
        if self._indexed:
            return
        self._indexed = True
        module = self.names.module
        stack: List[Tuple[ast.AST, _Scope]] = [(self.tree, module)]
        while stack:
            node, scope = stack.pop()
            kind = node.__class__
            if kind is ast.Name:
                self._scopes[id(node)] = scope
                if isinstance(node.ctx, ast.Load):
                    self._reads.setdefault((scope.owner(node.id), node.id), []).append(node)
                elif isinstance(node.ctx, ast.Store):
                    owner = self._assignee(node, scope)
                    self._sites.setdefault((owner, node.id), []).append(node)
                continue
            inner = self.names.scopes.get(id(node), scope)
            if kind in (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef):
                self._bind(scope, node.name, node)  # type: ignore[attr-defined]
            if isinstance(node, (*_FUNCTIONS,)):
                args = node.args  # type: ignore[attr-defined]
                for arg in (*args.posonlyargs, *args.args, args.vararg, *args.kwonlyargs,
                            args.kwarg):
                    if arg is not None:
                        self._bind(inner, arg.arg, arg)
            elif kind is ast.Import:
                for alias in node.names:  # type: ignore[attr-defined]
                    self._bind(scope, alias.asname or alias.name.split(".")[0], alias)
            elif kind is ast.ImportFrom:
                for alias in node.names:  # type: ignore[attr-defined]
                    if alias.name != "*":
                        self._bind(scope, alias.asname or alias.name, alias)
            elif kind is ast.ExceptHandler or kind.__name__ in ("MatchAs", "MatchStar"):
                if getattr(node, "name", None):
                    self._bind(scope, node.name, node)  # type: ignore[attr-defined]
            elif kind in (ast.Assign, ast.AugAssign, ast.AnnAssign):
                self._note_setting(node, scope)  # type: ignore[arg-type]
            elif kind is ast.Attribute and node.value.__class__ is ast.Name:  # type: ignore
                self._openai_attributes.setdefault(node.attr, []).append(node)  # type: ignore
            first = node.generators[0] if kind in _COMPREHENSIONS else None  # type: ignore
            for child in children(node):
                if child is first:  # its iterable is read where the comprehension is
                    stack.extend((part, scope if part is first.iter else inner)
                                 for part in children(first))
                    continue
                # Decorators, defaults, annotations and bases are read where the definition is.
                stack.append((child, scope if self._outside(node, child) else inner))

    @staticmethod
    def _outside(node: ast.AST, child: ast.AST) -> bool:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return child in node.decorator_list or child is node.returns
        if isinstance(node, ast.ClassDef):
            return child in node.decorator_list or child in node.bases \
                or child in node.keywords
        return False

    def _bind(self, scope: _Scope, name: str, node: ast.AST) -> None:
        self._sites.setdefault((scope.assignee(name), name), []).append(node)

    def _note_setting(self, node: ast.stmt, scope: _Scope) -> None:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target]  # type: ignore
        value = getattr(node, "value", None)
        for target in targets:
            attribute = self.setting_attribute(target, scope)
            if attribute is not None and value is not None:
                self._settings.append(Setting(attribute, node, value, scope))

    def openai_attributes(self, attribute: str) -> List[ast.Attribute]:
        """Every `openai.<attribute>` in the module, read or written, in any scope."""
        self._index()
        return [node for node in self._openai_attributes.get(attribute, ())
                if self.names.names(node.value, self.scope_of(node.value)) == {"openai"}]

    def setting_attribute(self, target: ast.AST, scope: _Scope) -> Optional[str]:
        """`api_key` for `openai.api_key` (or `oa.api_key` with `import openai as oa`);
        `api_base` also for openai>=1's names of it, which an earlier fix round wrote."""
        if isinstance(target, ast.Attribute) and isinstance(target.value, ast.Name) \
                and (target.attr in CONFIG_ATTRIBUTES or target.attr in _V1_API_BASE) \
                and self.names.names(target.value, scope) == {"openai"}:
            return "api_base" if target.attr in _V1_API_BASE else target.attr
        return None

    # -- calls and clients ---------------------------------------------------------------------

    def legacy(self, call: ast.Call) -> Optional[LegacyCall]:
        """Detection's classification of a call, if it is a legacy one."""
        if self._legacy is None:
            self._legacy = {id(node): legacy for node, legacy in self.detector.legacy_calls()}
        return self._legacy.get(id(call))

    def call_names(self, call: ast.Call) -> List[str]:
        """Every dotted name the function of `call` may resolve to (imports, aliases, stored
        references and clients resolved by detection)."""
        if self._resolved_calls is None:
            self._resolved_calls = {}
            for node, qualified, dotted, scopes in self.detector._calls:
                self._resolved_calls[id(node)] = self.detector.candidates(qualified, dotted,
                                                                          scopes)
        return self._resolved_calls.get(id(call), [])

    def is_chat_call(self, call: ast.Call) -> bool:
        """A call already on Chat Completions (v1 client or v0 module)."""
        return any(name.endswith("chat.completions.create")
                   or name in ("openai.ChatCompletion.create", "openai.ChatCompletion.acreate")
                   for name in self.call_names(call))

    def is_messages_call(self, call: ast.Call) -> bool:
        """A call already on Anthropic's Messages API."""
        return any(name.endswith("messages.create") and name.startswith("anthropic.")
                   for name in self.call_names(call))

    def module_facts(self) -> ModuleFacts:
        if self._facts is None:
            self._facts = self._read_module()
        return self._facts

    def _read_module(self) -> ModuleFacts:
        self._index()
        facts = ModuleFacts(settings=list(self._settings))
        module = self.names.module
        # A new client goes after the imports and settings that come before the first
        # top-level statement holding a legacy call (a later import of something else must
        # not push it past code that may run the call).
        from_end: Optional[int] = None
        calls = [self.span(call)[0] for call in self.detector.legacy_nodes.values()]
        first_call = facts.first_call = min(calls) if calls else len(self.text)
        # Settings made at module level, also inside a block (`if __name__ == "__main__":`).
        top_settings = [self.span(s.statement)[0] for s in self._settings if s.scope.parent is None]
        for statement in self.tree.body:
            end = self.line_end(statement)
            start, stop = self.span(statement)
            holds_setting = any(start <= at < stop for at in top_settings)
            if stop > first_call:
                if holds_setting:
                    facts.settings_after_calls = True
                continue
            if holds_setting and not isinstance(statement, ast.Assign):
                # a block that makes settings: the client must be made after it
                facts.anchor_end, facts.anchor_is_import = end, False
            if isinstance(statement, (ast.Import, ast.ImportFrom)):
                facts.anchor_end, facts.anchor_is_import = end, True
            if isinstance(statement, ast.Import) and any(
                    alias.name == "openai" and alias.asname is None for alias in statement.names):
                facts.import_end = end
            elif isinstance(statement, ast.ImportFrom) and statement.module == "openai" \
                    and not statement.level:
                facts.imported.update(a.name for a in statement.names if a.name != "*")
                from_end = end
            elif isinstance(statement, ast.Assign) and len(statement.targets) == 1:
                target = statement.targets[0]
                attribute = self.setting_attribute(target, module)
                if attribute is not None:
                    facts.anchor_end, facts.anchor_is_import = end, False
                    value = statement.value
                    if attribute == "api_type" and isinstance(value, ast.Constant) \
                            and isinstance(value.value, str) and value.value.startswith("azure"):
                        facts.azure = True
                if isinstance(target, ast.Name) and isinstance(statement.value, ast.Call):
                    classes = self.names.names(statement.value.func, module) \
                        & OPENAI_CLIENT_CLASSES
                    if classes:
                        kind = "AsyncOpenAI" if classes & _ASYNC_CLIENTS else "OpenAI"
                        facts.clients.setdefault(kind, target.id)
                        facts.anchor_end, facts.anchor_is_import = end, False
        if facts.import_end is None and from_end is not None \
                and not self.sites((module, "openai")):
            # `from openai import ChatCompletion` alone: new imports go after it
            facts.import_end, facts.binds_openai = from_end, False
        if facts.import_end is None:
            facts.anchor_end = None
        return facts


__all__ = ["CONFIG_ATTRIBUTES", "ModuleFacts", "Semantics", "Setting"]
