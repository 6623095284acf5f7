"""Properties of the readers of the other formats, on generated documents: the values a reader
gives are the string values its format's own parser reads, each span holds the value, and a
fix of such a document changes exactly the renamed values (the parser reads the same data
otherwise) and never anything else. Bounded; GPTMIGRATE_PROPERTY_SCALE runs more."""

from __future__ import annotations

import json
import os
from typing import Any, Optional, List

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import make_context
from gptmigrate.engine import fix_source
from gptmigrate.formats import JAVASCRIPT, JSON, YAML
from gptmigrate.formats import json as json_reader

SCALE = float(os.environ.get("GPTMIGRATE_PROPERTY_SCALE", "1"))
CTX = make_context()
RENAMED = {"gpt-4-32k": "gpt-4o", "gpt-4-vision-preview": "gpt-4o"}  # safe fixes on the day
WORDS = ["gpt-4-32k", "gpt-4-vision-preview", "ada", "gpt-4o", "name", "model", "x y", "a#b",
         "é", "", "01", "true", "- x", "a: b", "text-davinci-003 and more"]
KEYS = ["model", "engine", "name", "description", "models", "OPENAI_MODEL", "gpt-4-32k", "n"]


def examples(count: int):
    return settings(max_examples=max(1, int(count * SCALE)), deadline=None,
                    derandomize=SCALE == 1,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


documents = st.recursive(
    st.sampled_from(WORDS) | st.integers(-5, 5) | st.booleans() | st.none(),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.sampled_from(KEYS), inner, max_size=4),
    max_leaves=12,
).filter(lambda d: isinstance(d, (dict, list)))


def _strings(data: Any) -> List[str]:
    if isinstance(data, str):
        return [data]
    if isinstance(data, dict):
        return [s for value in data.values() for s in _strings(value)]
    if isinstance(data, list):
        return [s for value in data for s in _strings(value)]
    return []


def _keys(data: Any) -> set:
    if isinstance(data, dict):
        return set(data) | {k for value in data.values() for k in _keys(value)}
    if isinstance(data, list):
        return {k for value in data for k in _keys(value)}
    return set()


def _renamed(data: Any, keys: Optional[set] = None) -> Any:
    """The data a fix must leave: the values that are safe renames, renamed; a value that is
    also a key of the document stays (code may look it up there)."""
    keys = _keys(data) if keys is None else keys
    if isinstance(data, str):
        return data if data in keys else RENAMED.get(data, data)
    if isinstance(data, dict):
        return {key: _renamed(value, keys) for key, value in data.items()}
    if isinstance(data, list):
        return [_renamed(value, keys) for value in data]
    return data


@examples(150)
@given(documents, st.sampled_from([None, 2]), st.booleans())
def test_json_reader_is_json(data: Any, indent: Any, ascii_only: bool):
    text = json.dumps(data, indent=indent, ensure_ascii=ascii_only) + "\n"
    values = JSON.read(text).values
    assert [v.text for v in values] == _strings(data)
    for value in values:
        assert json.loads(text[value.start:value.end]) == value.text
        if value.verbatim is not None:
            assert text[value.verbatim:value.verbatim + len(value.text)] == value.text
    # the C decoder's fast path and the lexer (JSON with comments) read the same document
    lexed = json_reader._Reader(text).read()
    assert values == lexed.values and json_reader._fast_read(text) is not None
    fixed, _, _ = fix_source(text, CTX, path="data.json")
    assert json.loads(fixed) == _renamed(data)
    assert fixed == _expected_fix(JSON, text, frozenset(_keys(data)))
    # The same data as a JavaScript object literal: the strings a model name can be are values.
    script = f"export const data = {text.strip()};\n"
    assert [v.text for v in JAVASCRIPT.read(script).values] == [
        s for s in _strings(data) if s and not any(c.isspace() for c in s)]
    fixed, _, _ = fix_source(script, CTX, path="data.js")
    assert fixed == _expected_fix(JAVASCRIPT, script)
    assert JAVASCRIPT.check(fixed) is None


@examples(150)
@given(documents, st.sampled_from([None, '"', "'"]), st.booleans())
def test_yaml_reader_is_yaml(data: Any, style: Any, flow: bool):
    text = yaml.safe_dump(data, default_style=style, default_flow_style=flow,
                          allow_unicode=True, sort_keys=False)
    values = YAML.read(text).values
    assert sorted(v.text for v in values) == sorted(_strings(data))
    fixed, _, _ = fix_source(text, CTX, path="data.yaml")
    assert yaml.safe_load(fixed) == _renamed(data)
    assert fixed == _expected_fix(YAML, text, frozenset(_keys(data)))


def _expected_fix(reader, text: str, keys: frozenset = frozenset()) -> str:
    """The text with only the characters of each renamed value replaced (not those that are
    also `keys` of the document)."""
    out, cursor = [], 0
    for value in reader.read(text).values:
        if value.text in RENAMED and value.verbatim is not None and value.text not in keys:
            out.append(text[cursor:value.verbatim] + RENAMED[value.text])
            cursor = value.verbatim + len(value.text)
    return "".join(out) + text[cursor:]


SYNTAX = st.lists(st.sampled_from(list("ab-4:=#;\"'`{}[](),.\\\n\r\t $&*!|>/\u00e9")
                                  + ["gpt-4-32k", "model", "[s]\n", "---\n", "? ", '"""',
                                     "'''", "export ", "\\u002d", "${", "//", "/*", "*/",
                                     "&a ", "*a", "- ", "\ufeff", "\u2028"]),
                  max_size=40).map("".join)


@examples(300)
@given(SYNTAX, st.sampled_from(["a.env", "a.yaml", "a.json", "a.toml", "a.ini", "a.js", "a.ts",
                                "a.tsx"]))
def test_any_text_is_read_or_refused_in_one_line(text: str, path: str):
    """Whatever the bytes, a reader gives a document or a one-line FormatError, and a scan or
    a fix gives findings or a one-line error: never an exception."""
    from gptmigrate.engine import Mode, process_text
    from gptmigrate.formats import reader_for
    from gptmigrate.formats.base import FormatError

    reader = reader_for(path)
    try:
        document = reader.read(text)
    except FormatError as exc:
        assert "\n" not in str(exc)
    else:
        for value in document.values:
            assert 0 <= value.start <= value.end <= len(text)
    verdict = reader.check(text)
    assert verdict is None or "\n" not in verdict
    for mode in (Mode.CHECK, Mode.FIX):
        result = process_text(text, path, CTX, mode)
        assert all("\n" not in error.message and "internal error" not in error.message
                   for error in result.errors)
        if result.fixed is not None and result.fixed != text:
            assert reader.check(result.fixed) is None
