"""Property tests: whatever the input, scanning never raises; fixing yields code that parses and
compiles, is idempotent, and leaves a file without findings byte for byte as it was.

Inputs: programs assembled from realistic fragments (model names from the table in every
quoting and position, CRLF, tabs, BOM, latin-1), programs generated from Python's grammar by
hypothesmith, and arbitrary text and bytes. The number of examples is bounded for CI; set
GPTMIGRATE_PROPERTY_SCALE (see scripts/long_properties.sh) to run many more.
"""

from __future__ import annotations

import codecs
import os
import tempfile
from pathlib import Path

import hypothesmith
import libcst as cst
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conftest import make_context
from gptmigrate.engine import Mode, fix_source, process_file, process_text

SCALE = float(os.environ.get("GPTMIGRATE_PROPERTY_SCALE", "1"))
CTX = make_context()


def examples(count: int):
    return settings(max_examples=max(1, int(count * SCALE)), deadline=None, derandomize=SCALE == 1,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                           HealthCheck.filter_too_much])


MODELS = [
    "text-davinci-003", "gpt-3.5-turbo", "gpt-3.5-turbo-instruct", "code-davinci-002",
    "gpt-4-vision-preview", "text-embedding-ada-002", "text-similarity-ada-001", "gpt-4o",
    "gpt-5", "gpt-5-mini", "gemini-pro", "ada", "curie", "davinci", "whisper-1",
    "ft:gpt-3.5-turbo:acme::abc123", "openai/gpt-4-vision-preview", "azure/gpt-35-turbo",
    "not-a-model", "",
]
QUOTES = ['"{}"', "'{}'", 'r"{}"', "u'{}'", '"""{}"""', "'''{}'''", 'f"{}"', 'b"{}"',
          '"{}" "-suffix"', '"prefix-" "{}"', 'R"{}"']
HEADERS = [
    "import openai\n",
    "from openai import OpenAI\nclient = OpenAI()\n",
    "import openai\nclient = openai.OpenAI()\n",
    "# -*- coding: utf-8 -*-\nimport openai as oa\n",
    "",
]
LINES = [
    "client.chat.completions.create(model={q}, messages=[{{'role': 'user', 'content': 'hi'}}])",
    "openai.Completion.create(engine={q}, prompt='x', max_tokens=5)",
    "openai.ChatCompletion.create(model={q}, messages=[])",
    "response = openai.Completion.create(model={q}, prompt=p)\ntext = response.choices[0].text",
    "client.embeddings.create(model={q}, input='x')",
    "openai.Embedding.create(engine={q}, input=['a', 'b'])",
    "openai.Edit.create(model={q}, input='x', instruction='fix')",
    "client.completions.create(model={q}, prompt='x')",
    "MODEL = {q}",
    "EMBEDDING_MODEL: str = {q}",
    "config = {{'model': {q}, 'temperature': 0}}",
    "def ask(prompt, model={q}):\n    return client.chat.completions.create(model=model, "
    "messages=[])",
    "label = {q}  # {name} in a comment",
    "\"\"\"Uses {name} for answers.\"\"\"",
    "models = [{q}, {q}]",
    "if True:\n\tengine = {q}",
    "class Settings:\n    model_name = {q}\n\n    def run(self):\n        return self.model_name",
    "print({q})",
    "x = {q}.upper()",
    "\x0c",
    "# café ✓ 模型",
    "try:\n    pass\nexcept openai.error.RateLimitError:\n    pass",
    "s = 'naïve'  # non-ASCII",
]


@st.composite
def programs(draw) -> str:
    """A plausible module that uses (or merely mentions) models in varied places and styles."""
    parts = [draw(st.sampled_from(HEADERS))]
    for _ in range(draw(st.integers(1, 6))):
        template = draw(st.sampled_from(LINES))
        name = draw(st.sampled_from(MODELS))
        quote = draw(st.sampled_from(QUOTES))
        parts.append(template.format(q=quote.format(name), name=name or "x") + "\n")
    text = "".join(parts)
    if draw(st.booleans()):
        text = text.rstrip("\n")
    if draw(st.booleans()):
        text = text.replace("\n", "\r\n")
    return text


def _parses(text: str) -> bool:
    try:
        cst.parse_module(text)
        compile(text, "<fixed>", "exec", dont_inherit=True)
    except (cst.ParserSyntaxError, SyntaxError, ValueError):
        return False
    return True


def _check_fix_properties(text: str, unsafe: bool) -> None:
    result = process_text(text, "generated.py", CTX, Mode.FIX, unsafe)
    if result.errors:  # refused (does not parse, or a fix would break it): nothing changes
        assert result.fixed is None or result.fixed == text
        return
    fixed = result.fixed
    assert fixed is not None
    if fixed != text:
        assert _parses(fixed), fixed
    again, _, applied = fix_source(fixed, CTX, unsafe, "generated.py")
    assert again == fixed, (text, fixed, again)
    assert applied == 0
    if not result.findings and fixed == text:
        assert process_text(text, "generated.py", CTX, Mode.CHECK).findings == ()


@examples(60)
@given(programs(), st.booleans())
def test_generated_programs_fix_to_parseable_idempotent_code(text: str, unsafe: bool):
    assert _parses(text), text
    _check_fix_properties(text, unsafe)


@examples(20)
@given(hypothesmith.from_grammar(), st.sampled_from(["", "import openai\n"]))
def test_grammar_generated_programs(program: str, header: str):
    text = header + program
    check = process_text(text, "generated.py", CTX, Mode.CHECK)
    assert all(e.message for e in check.errors)
    _check_fix_properties(text, unsafe=True)


@examples(80)
@given(st.text(), st.sampled_from(["", "import openai\n", "m = 'text-davinci-003'\n"]))
def test_scanning_arbitrary_text_never_raises(text: str, header: str):
    for mode in (Mode.CHECK, Mode.FIX):
        result = process_text(header + text, "any.py", CTX, mode, unsafe=True)
        assert all(e.message and "\n" not in e.message for e in result.errors)


ENCODINGS = [(b"", "utf-8"), (codecs.BOM_UTF8, "utf-8"),
             (b"# -*- coding: latin-1 -*-\n", "latin-1")]


@examples(40)
@given(programs(), st.sampled_from(ENCODINGS), st.booleans())
def test_files_keep_every_byte_but_the_fixed_ones(text: str, encoding, unsafe: bool):
    """On disk: a file without changes stays byte for byte; a fixed file is exactly the encoded
    fixed text, with the same BOM, cookie and newlines."""
    prefix, codec = encoding
    data = prefix + text.replace("✓", "").replace("模型", "").encode(codec, "replace")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "module.py"
        path.write_bytes(data)
        result = process_file(str(path), CTX, Mode.FIX, unsafe)
        after = path.read_bytes()
        if result.errors or not result.changed:
            assert after == data
        else:
            assert result.fixed is not None
            bom = codecs.BOM_UTF8 if prefix == codecs.BOM_UTF8 else b""
            assert after == bom + result.fixed.encode(codec)  # the text includes any cookie
            assert after.startswith(prefix)
        assert os.listdir(folder) == ["module.py"]


@examples(80)
@given(st.binary(max_size=400), st.sampled_from([b"", b"import openai\n", codecs.BOM_UTF8,
                                                 b"# coding: latin-1\nimport openai\n"]))
def test_arbitrary_bytes_never_raise_and_unfixed_files_stay_identical(data: bytes, head: bytes):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "noise.py"
        path.write_bytes(head + data)
        result = process_file(str(path), CTX, Mode.FIX, unsafe=True)
        assert all(e.message and "\n" not in e.message for e in result.errors)
        if not result.changed or result.errors:
            assert path.read_bytes() == head + data
