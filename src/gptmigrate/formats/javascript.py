"""JavaScript and TypeScript files, read with tree-sitter (the JavaScript, TypeScript and TSX
grammars), and the openai-node v3 API that v4 removed.

Values are string literals and template literals without substitutions; never comments, JSX
text, module specifiers (`from "openai"`, `require("x")`) or object keys. A compared value
(`===`, `case`, `[...].includes`) is reported, never renamed on its own, as in Python. A string's key is
found by walking up through what does not change its meaning (parentheses, `||`/`??`, ternary
branches, arrays, `as`/`satisfies`, literal and union types) to a property, variable, field,
parameter default, assignment, JSX attribute, enum member or type alias; beside `||`/`??`, the
name on the other side counts too (`process.env.OPENAI_MODEL ?? "ada"`).

openai-node v3 (`new OpenAIApi(new Configuration(...))`, `openai.createCompletion(...)`) is
reported with its v4 equivalent: a `new` of a class imported from "openai" (import or
require), and a call of a v3 method on a client made by `new OpenAIApi(...)`, on a receiver
named like a client (client, openai, api ...) in a file that uses OpenAIApi, or, for the
unmistakable methods (createChatCompletion, createCompletion, createEdit, createEmbedding), on
any receiver in such a file and on a receiver named like openai anywhere.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import Any, Dict, Iterator, List, Optional, Set, Tuple

from gptmigrate.formats.base import Comment, Document, FormatError, Lines, Value
from gptmigrate.matching import MODEL_VERSION_KEY, DetectOptions, versioned_model
from gptmigrate.suppress import SUPPRESSION_MARKERS
from gptmigrate.types import Finding, FixSafety, Position, Severity

# A value longer than this, or with a blank in it, cannot be a model name: not kept.
_LONGEST = 200
_ESCAPE = re.compile(r"\\(?:x([0-9a-fA-F]{2})|u([0-9a-fA-F]{4})|u\{([0-9a-fA-F]+)\}|\r?\n|(.))",
                     re.DOTALL)
_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f", "v": "\v", "0": "\0"}
# Nodes a value passes through on the way to the name it is the value of.
_THROUGH = frozenset({
    "parenthesized_expression", "ternary_expression", "array", "as_expression",
    "satisfies_expression", "non_null_expression", "type_assertion", "literal_type",
    "union_type", "type_annotation", "spread_element",
})
_SHORT_CIRCUIT = frozenset({"||", "??"})
_COMPARISONS = frozenset({"===", "==", "!==", "!="})
# String methods whose argument is looked for in the string, not sent anywhere.
_STRING_TESTS = frozenset({"includes", "startsWith", "endsWith", "indexOf", "lastIndexOf",
                           "localeCompare"})
# A receiver named like an API client (detection's notion for Python's clients).
_CLIENT_NAME = re.compile(r"client|openai|oai|gpt|llm|api", re.IGNORECASE)

# openai-node v3 OpenAIApi methods -> (rule, what v4 calls it, what else to do)
_CHAT = ("the response is the body itself: read completion.choices[0].message.content, not "
         "response.data.choices")
V3_METHODS: Dict[str, Tuple[str, str, str]] = {
    "createChatCompletion": ("GM205", "openai.chat.completions.create({ model, messages })",
                             _CHAT),
    "createCompletion": ("GM101", "openai.chat.completions.create({ model, messages: [{ role: "
                         "\"user\", content: prompt }] })", _CHAT),
    "createEdit": ("GM102", "openai.chat.completions.create({ model, messages: [{ role: "
                   "\"system\", content: instruction }, { role: \"user\", content: input }] })",
                   _CHAT),
    "createEmbedding": ("GM205", "openai.embeddings.create({ model, input })",
                        "read embedding.data[0].embedding, not response.data.data"),
    "createImage": ("GM205", "openai.images.generate({ prompt, ... })", ""),
    "createImageEdit": ("GM205", "openai.images.edit({ image, prompt, ... })", ""),
    "createImageVariation": ("GM205", "openai.images.createVariation({ image, ... })", ""),
    "createModeration": ("GM205", "openai.moderations.create({ input })", ""),
    "createTranscription": ("GM205", "openai.audio.transcriptions.create({ file, model })", ""),
    "createTranslation": ("GM205", "openai.audio.translations.create({ file, model })", ""),
    "createFile": ("GM205", "openai.files.create({ file, purpose })", ""),
    "listFiles": ("GM205", "openai.files.list()", ""),
    "retrieveFile": ("GM205", "openai.files.retrieve(fileId)", ""),
    "deleteFile": ("GM205", "openai.files.del(fileId) (files.delete from v5)", ""),
    "downloadFile": ("GM205", "openai.files.content(fileId)", ""),
    "listModels": ("GM205", "openai.models.list()", ""),
    "retrieveModel": ("GM205", "openai.models.retrieve(model)", ""),
    "deleteModel": ("GM205", "openai.models.del(model) (models.delete from v5)", ""),
    "createFineTune": ("GM104", "openai.fineTuning.jobs.create({ training_file, model })", ""),
    "listFineTunes": ("GM104", "openai.fineTuning.jobs.list()", ""),
    "retrieveFineTune": ("GM104", "openai.fineTuning.jobs.retrieve(jobId)", ""),
    "cancelFineTune": ("GM104", "openai.fineTuning.jobs.cancel(jobId)", ""),
    "listFineTuneEvents": ("GM104", "openai.fineTuning.jobs.listEvents(jobId)", ""),
    "listEngines": ("GM105", "openai.models.list()", ""),
    "retrieveEngine": ("GM105", "openai.models.retrieve(model)", ""),
}
_UNMISTAKABLE = frozenset({"createChatCompletion", "createCompletion", "createEdit",
                           "createEmbedding"})
V3_CLASSES = {
    "OpenAIApi": "import OpenAI from \"openai\"; const openai = new OpenAI({ apiKey: "
                 "process.env.OPENAI_API_KEY })",
    "Configuration": "pass its options to new OpenAI({ apiKey, organization, baseURL }) "
                     "(basePath became baseURL)",
}
_API_OF_RULE = {"GM101": ("completions", "2026-09-28"), "GM102": ("edits", "2024-01-04"),
                "GM104": ("fine-tunes", "2024-01-04"), "GM105": ("engines", "2022-12-03")}

_QUERY = """
(string) @string
(template_string) @template
(comment) @comment
(new_expression) @new
((call_expression function: (member_expression property: (property_identifier) @method)) @call
 (#any-of? @method {methods}))
(import_statement source: (string) @source) @import
((call_expression function: (identifier) @require arguments: (arguments (string) @source))
 @required (#eq? @require "require"))
"""

_VARIANTS = {"javascript": ("tree_sitter_javascript", "language"),
             "typescript": ("tree_sitter_typescript", "language_typescript"),
             "tsx": ("tree_sitter_typescript", "language_tsx")}
_GRAMMARS: Dict[str, Tuple[Any, Any]] = {}


def _grammar(variant: str) -> Tuple[Any, Any]:
    """(parser, query) of a grammar, built once per process; tree-sitter is imported here."""
    if variant not in _GRAMMARS:
        import importlib

        import tree_sitter

        package, function = _VARIANTS[variant]
        language = tree_sitter.Language(getattr(importlib.import_module(package), function)())
        methods = " ".join(f'"{name}"' for name in V3_METHODS)
        query = tree_sitter.Query(language, _QUERY.format(methods=methods))
        _GRAMMARS[variant] = (tree_sitter.Parser(language), query)
    return _GRAMMARS[variant]


def _captures(query: Any, node: Any) -> Dict[str, List[Any]]:
    """Captures by name, in source order (tree-sitter >= 0.25 runs queries in a QueryCursor)."""
    import tree_sitter

    cursor = tree_sitter.QueryCursor(query) if hasattr(tree_sitter, "QueryCursor") else query
    return {name: sorted(nodes, key=lambda n: n.start_byte)
            for name, nodes in cursor.captures(node).items()}


class _Offsets:
    """UTF-8 byte offsets (tree-sitter's) to character offsets (the text's)."""

    def __init__(self, text: str) -> None:
        self.bytes_at: List[int] = []  # byte offset after each non-ASCII character
        self.extra: List[int] = []  # bytes beyond one per character, up to and with it
        if text.isascii():
            return
        extra = 0
        for found in re.finditer(r"[^\x00-\x7f]", text):
            extra += len(found.group().encode("utf-8", "surrogatepass")) - 1
            self.bytes_at.append(found.start() + extra + 1)
            self.extra.append(extra)

    def char(self, byte: int) -> int:
        index = bisect.bisect_right(self.bytes_at, byte) - 1
        return byte - (self.extra[index] if index >= 0 else 0)


@dataclass(frozen=True)
class Call:
    """A use of the openai-node v3 API: its span (character offsets) and what it is."""

    start: int
    end: int
    name: str  # a V3_METHODS or V3_CLASSES key
    shown: str  # the source text of the callee, for the message


def read(text: str, variant: str = "javascript") -> Document:
    """String values, comments and v3 API uses of a JavaScript or TypeScript text. A text with
    syntax errors is read as far as tree-sitter recovers; `problem` says where the first is."""
    parser, query = _grammar(variant)
    data = text.encode("utf-8", "surrogatepass")
    tree = parser.parse(data)
    root = tree.root_node
    offsets = _Offsets(text)
    document = Document(keyed=False)
    captures = _captures(query, root)
    modules = _specifiers(captures)
    versions = MODEL_VERSION_KEY in text
    for node in captures.get("string", []) + captures.get("template", []):
        if node.start_byte in modules:
            continue
        value = _value(node, data, offsets)
        if value is not None:
            if versions and _versioned(node, data):
                value = replace(value, versioned=True)
            document.values.append(value)
    document.values.sort(key=lambda v: v.start)
    if any(marker in text for marker in SUPPRESSION_MARKERS):
        for node in captures.get("comment", []):
            start, end = offsets.char(node.start_byte), offsets.char(node.end_byte)
            body = text[start + 2:end - 2 if text.startswith("/*", start) else end]
            document.comments.append(Comment(start, end, body))
    document.calls = list(_v3_calls(captures, data, offsets))
    if root.has_error:
        document.problem = _first_error(root, offsets, text)
    return document


def _specifiers(captures: Dict[str, List[Any]]) -> Set[int]:
    """The start bytes of module names (`from "x"`, `require("x")`): never values."""
    return {source.start_byte for source in captures.get("source", [])}


def _value(node: Any, data: bytes, offsets: _Offsets) -> Optional[Value]:
    parts: List[str] = []
    for child in node.named_children:
        kind = child.type
        if kind == "string_fragment":
            parts.append(data[child.start_byte:child.end_byte].decode("utf-8", "surrogatepass"))
        elif kind == "escape_sequence":
            parts.append(_unescape(data[child.start_byte:child.end_byte].decode("utf-8",
                                                                                  "surrogatepass")))
        else:
            return None  # a template substitution, or something tree-sitter could not read
    value = "".join(parts)
    if len(value) > _LONGEST or not value or any(c.isspace() for c in value):
        return None
    opening, closing = node.children[0], node.children[-1]
    if len(node.children) < 2 or closing.is_missing or closing.end_byte == closing.start_byte \
            or closing.type not in ('"', "'", "`"):
        return None  # a string that never closes: tree-sitter recovered, nothing to read
    if _is_key(node):
        return None
    start, end = offsets.char(node.start_byte), offsets.char(node.end_byte)
    raw = data[opening.end_byte:closing.start_byte].decode("utf-8", "surrogatepass")
    return Value(start, end, value, start + 1 if raw == value else None, _keys_of(node, data),
                 _compared(node, data), listed=node.parent.start_byte
                 if node.parent is not None and node.parent.type == "array" else None)


def _versioned(node: Any, data: bytes) -> bool:
    """`{ model: "ada", modelVersion: "002" }`: Weaviate's module config names a model family
    (`matching.versioned_model`)."""
    pair = node.parent
    if pair is None or pair.type != "pair" or pair.parent is None \
            or pair.parent.type != "object":
        return False
    key = _name(pair.child_by_field_name("key"), data)
    if key != "model":
        return False
    keys = [_name(child.child_by_field_name("key"), data)
            for child in pair.parent.named_children if child.type == "pair"]
    return versioned_model(key, keys)


def _compared(node: Any, data: bytes) -> bool:
    """`x === "v"`, `case "v":`, `["v", "w"].includes(x)`: the value is looked for, not sent."""
    parent = node.parent
    while parent is not None and parent.type in ("parenthesized_expression", "array"):
        node, parent = parent, parent.parent
    if parent is None:
        return False
    if parent.type == "binary_expression":
        operator = parent.child_by_field_name("operator")
        return operator is not None and _text(operator, data) in _COMPARISONS
    if parent.type == "switch_case":
        return True
    if parent.type == "member_expression" and node.type == "array":
        return _text(parent.child_by_field_name("property"), data) in ("includes", "indexOf")
    if parent.type == "arguments" and parent.parent is not None \
            and parent.parent.type == "call_expression":
        # `model.includes("gpt-4")`, `name.startsWith("gpt-4")`: a test of another string
        function = parent.parent.child_by_field_name("function")
        return function is not None and function.type == "member_expression" and _text(
            function.child_by_field_name("property"), data) in _STRING_TESTS
    return False


def _unescape(sequence: str) -> str:
    found = _ESCAPE.fullmatch(sequence)
    if found is None:
        return sequence
    hex2, hex4, braced, other = found.groups()
    code = hex2 or hex4 or braced
    if code is not None:
        return chr(int(code, 16)) if int(code, 16) <= 0x10FFFF else ""
    if other is None:
        return ""  # a line continuation
    return _SIMPLE.get(other, other)


def _is_key(node: Any) -> bool:
    """The string names a property (`{"gpt-4": 1}`, `interface { "x": T }`), not a value."""
    parent = node.parent
    if parent is None:
        return False
    for field in ("key", "name"):
        child = parent.child_by_field_name(field)
        if child is not None and child.start_byte == node.start_byte and \
                child.end_byte == node.end_byte:
            return True
    return False


def _text(node: Optional[Any], data: bytes) -> Optional[str]:
    if node is None:
        return None
    raw = data[node.start_byte:node.end_byte].decode("utf-8", "surrogatepass")
    if node.type in ("string", "template_string"):
        return raw[1:-1]
    return raw


def _name(node: Optional[Any], data: bytes) -> Optional[str]:
    """The last name of an identifier, a member expression or a string key."""
    while node is not None and node.type in ("member_expression", "subscript_expression",
                                             "non_null_expression"):
        node = node.child_by_field_name("property") or node.child_by_field_name("index") \
            or (node.named_children[0] if node.type == "non_null_expression" else None)
    if node is None or node.type not in ("identifier", "property_identifier", "string",
                                         "private_property_identifier",
                                         "shorthand_property_identifier",
                                         "shorthand_property_identifier_pattern",
                                         "type_identifier"):
        return None
    return _text(node, data)


def _keys_of(node: Any, data: bytes) -> Tuple[str, ...]:
    """The names a value is the value of (see the module's docstring), innermost first."""
    keys: List[str] = []
    child, parent = node, node.parent
    while parent is not None:
        kind = parent.type
        holder: Optional[Any] = None
        if kind == "binary_expression":
            operator = parent.child_by_field_name("operator")
            if operator is None or _text(operator, data) not in _SHORT_CIRCUIT:
                break
            for side in ("left", "right"):
                other = parent.child_by_field_name(side)
                if other is not None and other.start_byte != child.start_byte:
                    name = _name(other, data)
                    if name is not None:
                        keys.append(name)
        elif kind == "pair":
            holder = parent.child_by_field_name("key")
        elif kind in ("variable_declarator", "public_field_definition", "field_definition",
                      "enum_assignment", "property_signature", "type_alias_declaration",
                      "required_parameter", "optional_parameter"):
            holder = (parent.child_by_field_name("name") or parent.child_by_field_name("property")
                      or parent.child_by_field_name("pattern"))
        elif kind in ("assignment_expression", "assignment_pattern",
                      "augmented_assignment_expression", "object_assignment_pattern"):
            holder = parent.child_by_field_name("left")
        elif kind == "jsx_attribute":
            holder = parent.named_children[0] if parent.named_children else None
        elif kind not in _THROUGH:
            break
        if holder is not None or kind in ("pair", "jsx_attribute"):
            name = _name(holder, data)
            if name is not None:
                keys.append(name)
            break
        child, parent = parent, parent.parent
    return tuple(keys)


def _v3_calls(captures: Dict[str, List[Any]], data: bytes, offsets: _Offsets,
              ) -> Iterator[Call]:
    """The openai-node v3 classes constructed and methods called (see the module docstring)."""
    sources = {source.start_byte: _text(source, data) for source in captures.get("source", [])}
    names: Dict[str, str] = {}  # local name -> class name imported from "openai"
    namespaces: Set[str] = set()  # `import * as x from "openai"`, `const x = require("openai")`
    for statement in captures.get("import", []):
        source = statement.child_by_field_name("source")
        if source is None or sources.get(source.start_byte) != "openai":
            continue
        _imported(statement, data, names, namespaces)
    for call in captures.get("required", []):
        arguments = call.child_by_field_name("arguments")
        if arguments is None or _text(arguments.named_children[0], data) != "openai":
            continue
        holder = call.parent
        if holder is not None and holder.type == "variable_declarator":
            _required(holder.child_by_field_name("name"), data, names, namespaces)
    clients: Set[str] = set()
    for new in captures.get("new", []):
        cls = new.child_by_field_name("constructor")
        name = _class_name(cls, data, names, namespaces) if cls is not None else None
        if name is None:
            continue
        if name == "OpenAIApi":
            clients.update(_keys_of(new, data))
        yield Call(offsets.char(new.start_byte), offsets.char(cls.end_byte), name,
                   _text(cls, data) or name)
    v3_file = "OpenAIApi" in names.values() or bool(clients)
    for call in captures.get("call", []):
        function = call.child_by_field_name("function")
        name = _text(function.child_by_field_name("property"), data) or ""
        owner = _name(function.child_by_field_name("object"), data) or ""
        if owner in clients or (name in _UNMISTAKABLE and (v3_file or "openai" in owner.lower())) \
                or (v3_file and _CLIENT_NAME.search(owner) is not None):
            yield Call(offsets.char(function.start_byte), offsets.char(function.end_byte), name,
                       _text(function, data) or name)


def _imported(statement: Any, data: bytes, names: Dict[str, str], namespaces: Set[str]) -> None:
    for clause in statement.named_children:
        if clause.type != "import_clause":
            continue
        for part in clause.named_children:
            if part.type == "namespace_import":
                for child in part.named_children:
                    namespaces.add(_text(child, data) or "")
            elif part.type == "named_imports":
                for specifier in part.named_children:
                    imported = _text(specifier.child_by_field_name("name"), data) or ""
                    alias = _text(specifier.child_by_field_name("alias"), data) or imported
                    if imported in V3_CLASSES:
                        names[alias] = imported


def _required(pattern: Optional[Any], data: bytes, names: Dict[str, str],
              namespaces: Set[str]) -> None:
    if pattern is None:
        return
    if pattern.type == "identifier":
        namespaces.add(_text(pattern, data) or "")
        return
    if pattern.type != "object_pattern":
        return
    for part in pattern.named_children:
        if part.type == "shorthand_property_identifier_pattern":
            imported = _text(part, data) or ""
            alias = imported
        elif part.type == "pair_pattern":
            imported = _text(part.child_by_field_name("key"), data) or ""
            alias = _text(part.child_by_field_name("value"), data) or ""
        else:
            continue
        if imported in V3_CLASSES:
            names[alias] = imported


def _class_name(node: Any, data: bytes, names: Dict[str, str],
                namespaces: Set[str]) -> Optional[str]:
    """The v3 class a `new` constructs (`OpenAIApi`, `openai.Configuration`), or None."""
    if node.type == "identifier":
        return names.get(_text(node, data) or "")
    if node.type == "member_expression":
        owner = node.child_by_field_name("object")
        name = _text(node.child_by_field_name("property"), data) or ""
        if owner is not None and owner.type == "identifier" and \
                _text(owner, data) in namespaces and name in V3_CLASSES:
            return name
    return None


def _first_error(root: Any, offsets: _Offsets, text: str) -> str:
    node = root
    while not (node.is_error or node.is_missing):
        following = next((child for child in node.children
                          if child.has_error or child.is_missing), None)
        if following is None:
            break
        node = following
    where = Lines(text).where(offsets.char(node.start_byte))
    what = f"missing {node.type}" if node.is_missing else "a syntax error"
    return f"{what} at {where} (tree-sitter)"


def check(text: str, variant: str = "javascript") -> Optional[str]:
    """tree-sitter's verdict on a whole text: None if it parses without an error node."""
    parser, _ = _grammar(variant)
    root = parser.parse(text.encode("utf-8", "surrogatepass")).root_node
    if root.has_error:
        return _first_error(root, _Offsets(text), text)
    return None


def api_findings(calls: List[Call], text: str, options: DetectOptions) -> List[Finding]:
    """One manual finding per use of the v3 API, saying what v4 calls it."""
    from gptmigrate.detect import api_end
    from gptmigrate.rules import get_rule

    lines = Lines(text)
    findings = []
    for call in calls:
        shown = call.shown if call.shown.endswith(call.name) else f"{call.shown} ({call.name})"
        if call.name in V3_CLASSES:
            code = "GM205"
            message = (f"new {shown}() is openai-node v3's API, removed in v4: "
                       f"{V3_CLASSES[call.name]}")
        else:
            code, v4, more = V3_METHODS[call.name]
            head = f"{call.shown}() is openai-node v3's API, removed in v4"
            if code in _API_OF_RULE:
                api, known = _API_OF_RULE[code]
                what = {"GM101": "the Completions API, which has no live model since",
                        "GM102": "the Edits API, shut down on",
                        "GM104": "the legacy fine-tunes API, shut down on",
                        "GM105": "the Engines API, shut down on"}[code]
                head += f"; it calls {what} {api_end(options.table, api, known)}"
            message = f"{head}; use {v4}" + (f"; {more}" if more else "")
        rule = get_rule(code)
        assert rule is not None, code
        start, end = lines.position(call.start), lines.position(call.end)
        findings.append(Finding(code=rule.code, name=rule.name, severity=Severity.ERROR,
                                message=message, start=Position(start.line, start.column),
                                end=Position(end.line, end.column),
                                fix_safety=FixSafety.MANUAL))
    return findings


__all__ = ["FormatError", "V3_CLASSES", "V3_METHODS", "api_findings", "check", "read"]
