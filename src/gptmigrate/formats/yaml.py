"""YAML files (settings, Helm values, CI workflows), read with PyYAML's composer.

The composer gives every scalar node its style and exact span (libyaml's marks count
characters, as the pure-Python loader's do). Plain and quoted scalars are values; block
scalars (`|`, `>`) are prose and never are; keys never are. An anchored value (`&m gpt-4`)
is read after its anchor, and an alias (`*m`) gives it one more key, as `name:` does to the
`value:` beside it (Kubernetes and Helm environment variables). Comments (for
suppressions) are the `#` after a blank or at a line start that no scalar holds.
"""

from __future__ import annotations

import bisect
from dataclasses import replace
from typing import Any, Dict, List, Optional, Set, Tuple

from gptmigrate.formats.base import Comment, Document, FormatError, Value
from gptmigrate.matching import MODEL_VERSION_KEY, versioned_model
from gptmigrate.suppress import SUPPRESSION_MARKERS

# Strings, and plain dates: an unquoted `api-version: 2023-05-15` is a YAML timestamp.
_TEXT = frozenset({"tag:yaml.org,2002:str", "tag:yaml.org,2002:timestamp"})
_BLANKS = " \t\r\n"


def _compose(text: str) -> List[Any]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return [node for node in yaml.compose_all(text, Loader=loader) if node is not None]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        raise FormatError(f"not valid YAML: {exc.problem or exc.context}{where}") from None
    except yaml.YAMLError as exc:
        raise FormatError(f"not valid YAML: {str(exc).splitlines()[0]}") from None
    except RecursionError:
        raise FormatError("not valid YAML for this tool: nested too deeply to read") from None


def read(text: str) -> Document:
    """The scalar values of every document in a YAML text, with the key each is the value of."""
    import yaml

    document = Document()
    found: Dict[int, Tuple[Any, List[str]]] = {}  # id(node) -> (scalar node, its keys)
    spans: List[Tuple[int, int]] = []  # every scalar's span, keys included (for comments)
    seen = set()
    versioned: Set[int] = set()  # Weaviate's `model: ada` beside `modelVersion:` (by node id)
    versions = MODEL_VERSION_KEY in text
    listed: Dict[int, int] = {}  # a sequence's items (by node id) -> the sequence's start
    stack: List[Tuple[Any, Optional[str]]] = [(root, None) for root in reversed(_compose(text))]
    while stack:
        node, key = stack.pop()
        if isinstance(node, yaml.ScalarNode):
            spans.append((node.start_mark.index, node.end_mark.index))
            entry = found.setdefault(id(node), (node, []))
            if key is not None and key not in entry[1]:
                entry[1].append(key)
            continue
        if id(node) in seen:
            continue  # an alias of a collection: its values are read once
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            names = [str(name.value) for name, _ in node.value
                     if isinstance(name, yaml.ScalarNode)] if versions else ()
            if MODEL_VERSION_KEY in names:
                versioned.update(id(value) for name, value in node.value
                                 if isinstance(name, yaml.ScalarNode)
                                 and versioned_model(str(name.value), names))
            for name, value in reversed(node.value):
                if isinstance(name, yaml.ScalarNode):
                    spans.append((name.start_mark.index, name.end_mark.index))
                    stack.append((value, str(name.value)))
                else:
                    stack.append((value, None))
            stack.extend(_named_value(node))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((item, key) for item in reversed(node.value))
            listed.update((id(item), node.start_mark.index) for item in node.value)
    for node, keys in found.values():
        value = _value(text, node, tuple(keys))
        if value is not None:
            document.values.append(replace(value, versioned=id(node) in versioned,
                                           listed=listed.get(id(node))))
    document.values.sort(key=lambda v: v.start)
    if any(marker in text for marker in SUPPRESSION_MARKERS):
        document.comments = _comments(text, spans)
    return document


def _named_value(node: Any) -> List[Tuple[Any, Optional[str]]]:
    """`{name: OPENAI_MODEL, value: ada}` (a Kubernetes or Helm environment variable): the
    value is also under the name it is given."""
    import yaml

    pairs = {str(key.value): value for key, value in node.value
             if isinstance(key, yaml.ScalarNode)}
    name, value = pairs.get("name"), pairs.get("value")
    if isinstance(name, yaml.ScalarNode) and value is not None:
        return [(value, str(name.value))]
    return []


def _value(text: str, node: Any, keys: Tuple[str, ...]) -> Optional[Value]:
    """A plain or quoted string scalar as a value (None for block scalars and other types)."""
    if node.tag not in _TEXT or node.style in ("|", ">"):
        return None
    start, end = node.start_mark.index, node.end_mark.index
    while start < end and text[start] in "&!":  # an anchor or a tag before the scalar itself
        while start < end and text[start] not in _BLANKS:
            start += 1
        while start < end and text[start] in _BLANKS:
            start += 1
    raw = text[start:end]
    if node.style in ("'", '"'):
        verbatim = start + 1 if raw[1:-1] == node.value and raw[:1] == node.style else None
    else:
        verbatim = start if raw == node.value else None
    return Value(start, end, node.value, verbatim, keys)


def _comments(text: str, spans: List[Tuple[int, int]]) -> List[Comment]:
    """Every `#` at a line start or after a blank, outside every scalar, to the line's end."""
    spans.sort()
    starts = [s for s, _ in spans]
    comments: List[Comment] = []
    at = text.find("#")
    while at >= 0:
        if at == 0 or text[at - 1] in _BLANKS:
            index = bisect.bisect_right(starts, at) - 1
            inside = index >= 0 and spans[index][0] <= at < spans[index][1]
            if not inside:
                end = text.find("\n", at)
                end = len(text) if end < 0 else end
                comments.append(Comment(at, end, text[at + 1:end].rstrip("\r")))
                at = text.find("#", end)
                continue
        at = text.find("#", at + 1)
    return comments


def check(text: str) -> Optional[str]:
    """PyYAML's verdict on a whole text: None if every document composes."""
    try:
        _compose(text)
    except FormatError as exc:
        return str(exc)
    return None
