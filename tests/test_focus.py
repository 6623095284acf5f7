"""Focused parsing (`focus`, `detect.detect_source`): detection leaves unparsed the top-level
definitions that cannot change a finding, and must find exactly what the whole module gives."""

from __future__ import annotations

import ast
import os
import textwrap

import pytest
from hypothesis import given, settings as hsettings, strategies as st

from conftest import make_context
from gptmigrate.detect import detect_source
from gptmigrate.engine import Mode, process_text
from gptmigrate.focus import Focus, _statement_starts
from gptmigrate.rewrite import attach_fixes
from gptmigrate.sdk import SdkChoice


@pytest.fixture(scope="module")
def ctx():
    return make_context()


def _starts(source: str):
    starts = _statement_starts(source)
    return None if starts is None else [source[s:].split("\n", 1)[0] for s in starts]


# -- the lexer ---------------------------------------------------------------------------------

def test_statements_start_at_column_zero_outside_strings_brackets_and_continuations():
    source = textwrap.dedent('''\
        """Module docstring
        def not_a_function():
        """
        import os  # a comment with a quote ' and a bracket (
        PROMPT = """
        class NotAClass:
            pass
        """
        DATA = [
        "a",
        ]
        TOTAL = 1 + \\
        2
        # def commented_out():
        def real(x):
            return f"{x!r}" + '(' + "'"
        '{}'.format(1)
        @decorator(
        key="value")
        class Real:
            text = r"\\"" + b'\\''
        if DATA:
            pass
        else:
            pass
        ''')
    assert _starts(source) == [
        '"""Module docstring', "import os  # a comment with a quote ' and a bracket (",
        'PROMPT = """', "DATA = [", "TOTAL = 1 + \\", "def real(x):", "'{}'.format(1)",
        "@decorator(", "class Real:", "if DATA:", "else:"]



_LEXER_PIECES = ['"', "'", '"""', "'''", "#", "\\", "\n", "\r\n", "\f", " ", "x", "(", ")",
                 "def f", "@d", "a = 1", "r'", 'b"', ":", "\t"]


@hsettings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_LEXER_PIECES), max_size=40))
def test_the_fast_lexer_patterns_match_what_the_plain_ones_did(pieces):
    """The lookahead in front of `_OPAQUE` and the newline-led line search are speed-ups only:
    the same tokens and line starts as the patterns they replaced."""
    import re

    from gptmigrate import focus

    text = "".join(pieces)
    lookahead = "(?=[\"'\\#\\\\])"
    assert lookahead in focus._OPAQUE.pattern
    plain = re.compile(focus._OPAQUE.pattern.replace(lookahead, "", 1), re.VERBOSE | re.DOTALL)
    assert focus._OPAQUE.split(text) == plain.split(text)
    assert list(focus._code_line_starts(text)) == [
        m.start() for m in re.finditer(r"^\f*[^\s\\]", text, re.MULTILINE)]


@pytest.mark.parametrize("source", [
    'x = "unterminated\n',  # a quote that closes nothing
    "x = (1,\n",  # a bracket never closed
    "x = 1)\n",  # a bracket closed at top level
    "x = 1\ry = 2\r",  # old Mac line endings
])
def test_text_the_lexer_does_not_understand_is_parsed_whole(source):
    assert _statement_starts(source) is None
    assert Focus.of(source, lambda chunk: False) is None


def test_a_statement_after_a_form_feed_starts_at_its_line_and_is_never_left_out():
    """Python reads a form feed at the start of a line as no indentation."""
    source = "import os\n\n\ndef f():\n    return 1\n\x0cclient = make()\n\x0cdef g():\n    pass\n"
    assert _starts(source) == ["import os", "def f():", "\x0cclient = make()", "\x0cdef g():"]
    assert Focus.of(source, lambda chunk: False).left_out_lines == ((4, 5),)


def test_crlf_text_is_split_like_lf_text():
    source = "import os\n\n\ndef f():\n    return 1\n\n\nclass C:\n    x = '''\nclass D:\n'''\n"
    assert _starts(source.replace("\n", "\r\n")) == [line + "\r" for line in _starts(source)]


def test_left_out_definitions_keep_every_other_line_where_it_was():
    source = textwrap.dedent('''\
        import openai

        @functools.cache
        def helper(rows):
            return sorted(rows)


        class Store:
            def get(self, key):
                return key

        # a comment between definitions
        MODEL = "text-davinci-003"


        def complete(prompt):
            return openai.Completion.create(model=MODEL, prompt=prompt)
        ''')
    focus = Focus.of(source, lambda chunk: "openai" in chunk or "davinci" in chunk)
    assert focus is not None
    left_out = {source.splitlines()[first - 1] for first, _ in focus.left_out_lines}
    assert left_out == {"@functools.cache", "class Store:"}
    assert focus.text.count("\n") == source.count("\n")
    whole = {(n.lineno, n.col_offset, ast.dump(n)) for n in ast.parse(source).body
             if not isinstance(n, (ast.FunctionDef, ast.ClassDef)) or n.name == "complete"}
    assert {(n.lineno, n.col_offset, ast.dump(n)) for n in ast.parse(focus.text).body} == whole


@pytest.mark.parametrize("plain", [True, False])
def test_definitions_parsed_in_a_later_round_are_merged_where_parsing_them_together_puts_them(
        ctx, plain):
    """Each round parses only the definitions it adds: the merged tree must be the one Python
    gives for the text with the same definitions left out (or for the whole text)."""
    source = textwrap.dedent('''\
        import openai

        create = openai.Completion.create


        @decorated(
            "arg")
        def uses_create(prompt):
            return create(prompt=prompt, model=MODEL)


        class Plain:
            def get(self, key):
                return key


        def wrapper():
            return create(prompt="p")

        MODEL = "text-davinci-003"
        ''')
    if not plain:  # every definition is needed in the second round
        source = source.replace("return key", "return create(prompt=key)")
    tree, detection = detect_source(source, ctx.options, ctx.prefilter.accepts_text)
    expected = source if not plain else source.replace(
        "class Plain:\n    def get(self, key):\n        return key\n", "\n\n\n")
    assert detection.left_out == (((12, 16),) if plain else ())
    assert ast.dump(tree, include_attributes=True) == \
        ast.dump(ast.parse(expected), include_attributes=True)


def test_nothing_is_left_out_of_a_module_of_plain_statements():
    assert Focus.of("import os\nX = 1\nif X:\n    pass\n", lambda chunk: False) is None


# -- the findings do not change ----------------------------------------------------------------

def _findings(ctx, source: str, focused: bool):
    tree, detection = detect_source(source, ctx.options,
                                    ctx.prefilter.accepts_text if focused else None)
    planned = attach_fixes(source, detection.findings, detection, ctx.options,
                           SdkChoice(1, "test"), tree)
    return planned, sorted(detection.calls.items()), detection.left_out


# Each case: a module, and a definition elsewhere in it that names no model and no `openai` but
# changes the module's findings through a name. The focused detection must parse it too.
THROUGH_NAMES = {
    "a constant passed as a model elsewhere":
        ('NAME = "ada"\n', "def run():\n    return backend.call(model=NAME)\n"),
    "a constant used elsewhere (used at)":
        ('DEFAULT_MODEL = "text-davinci-003"\n', "def show():\n    print(DEFAULT_MODEL)\n"),
    "an alias of a constant, passed as a model":
        ('NAME = "curie"\nALIAS = NAME\n', "def run():\n    return call(model=ALIAS)\n"),
    "a stored reference to a legacy method":
        ("import openai\n\ncreate = openai.Completion.create\n",
         'def run():\n    return create(prompt="hi")\n'),
    "an imported legacy resource":
        ("from openai import Completion\n",
         'def run():\n    return Completion.create(prompt="x")\n'),
    "a client of unknown origin, through its resource":
        ("import openai\n",
         'def run(llm_client):\n    return llm_client.completions.create(prompt="y")\n'),
    "a v0 resource on a parameter (openai passed in)":
        ("import openai\n",
         'def run(api):\n    return api.Completion.create(prompt="y")\n'),
    "a stored reference to the module on an object":
        ("import openai\n\n\nclass Bot:\n    def __init__(self):\n        self.lib = openai\n",
         'def run(bot):\n    return bot.lib.Completion.create(prompt="y")\n'),
    "another SDK imported inside a function":
        ('import openai\n\n\ndef run(self):\n    return self.client.completions.create(prompt="y")\n',
         "def other():\n    import together\n    return together\n"),
    "a decorator that passes a model":
        ('NAME = "babbage"\n', "@register(model=NAME)\ndef run():\n    pass\n"),
    "a module function that compares the model it is given":
        ('def ask(q):\n    return count([q], model="gpt-3.5-turbo-0613")\n',
         "def count(messages, model):\n    if model == BASE:\n        return 1\n    return 2\n"),
    "a module function that passes the model it is given to one that compares it":
        ('def ask(q):\n    return tokens([q], model="gpt-3.5-turbo-0613")\n',
         "def tokens(messages, model):\n    return count(messages, model=model)\n\n\n"
         "def count(messages, model):\n    return WEIGHTS[model]\n"),
    "a key a model is stored under, read back elsewhere":
        ('import streamlit as st\n\nst.session_state["chosen"] = "gpt-3.5-turbo"\n',
         'def run():\n    return send(st.session_state["chosen"])\n'),
    "a command-line option defaulting to a model, compared elsewhere":
        ('import argparse\n\nimport openai\n\nparser = argparse.ArgumentParser()\n'
         'parser.add_argument("--model", default="text-davinci-003")\n\n\n'
         'def main(args):\n    return openai.Completion.create(model=args.model, prompt="x")\n',
         'def check(args):\n    return args.model == DEFAULT\n'),
    "a module class whose instance gets a model with rejected parameters":
        ('def run():\n    ctx = Context()\n'
         '    return ctx.message(model="gpt-4", max_tokens=10)\n',
         "class Context:\n    def message(self, model, max_tokens):\n"
         "        return model, max_tokens\n"),
    "a base class turning the instances of a class holding a model into dicts":
        ('from dataclasses import asdict, dataclass\n\n\n@dataclass\n'
         'class Precise(Params):\n    model: str = "gpt-4"\n',
         "@dataclass\nclass Params:\n    temperature: float = 0.2\n\n"
         "    def to_request(self):\n        return asdict(self)\n"),
    "an Enum of models whose members are looked up by value elsewhere":
        ('from enum import Enum\n\n\nclass ChatModel(str, Enum):\n    FAST = "gpt-3.5-turbo"\n',
         'def parse(raw):\n    return ChatModel(raw["model"])\n'),
    "a member of a model table":
        ('MODELS = {"fast": "ada", "slow": "davinci"}\n',
         'def run():\n    return call(model=MODELS["fast"])\n'),
}


@pytest.mark.parametrize("name", sorted(THROUGH_NAMES))
def test_definitions_a_finding_depends_on_are_parsed(ctx, name):
    module, elsewhere = THROUGH_NAMES[name]
    assert not ctx.prefilter.accepts_text(elsewhere)  # left out, unless a name brings it back
    source = f"{module}\n\n{elsewhere}"
    whole = _findings(ctx, source, focused=False)
    assert whole[:2] != _findings(ctx, module, focused=False)[:2]  # `elsewhere` matters
    assert _findings(ctx, source, focused=True)[:2] == whole[:2]


def test_unrelated_definitions_are_left_out(ctx):
    source = ('import openai\n\n\ndef unrelated(rows):\n    return [r for r in rows if r]\n\n\n'
              'def complete(prompt):\n'
              '    reply = openai.Completion.create(model="text-davinci-003", prompt=prompt)\n'
              '    return reply["choices"][0]["text"]\n')
    planned, calls, left_out = _findings(ctx, source, focused=True)
    assert left_out == ((4, 7),)
    assert (planned, calls) == _findings(ctx, source, focused=False)[:2]
    assert any(f.fix is not None for f in planned if f.code == "GM101")


def test_code_inside_a_prompt_string_is_never_read_as_code(ctx):
    source = ('PROMPT = """\ndef example():\n    openai.Completion.create(engine="davinci")\n'
              '"""\n\n\ndef unrelated():\n    return 1\n')
    assert _findings(ctx, source, focused=True)[0] == []


def test_scan_reads_past_a_syntax_error_it_does_not_need_but_fix_refuses(ctx):
    source = ('import openai\n\n\ndef broken():\n    return 1 +\n\n\n'
              'def complete(prompt):\n'
              '    return openai.Completion.create(model="text-davinci-003", prompt=prompt)\n')
    checked = process_text(source, "broken.py", ctx, Mode.CHECK)
    assert not checked.errors and {f.code for f in checked.findings} >= {"GM001", "GM101"}
    fixed = process_text(source, "broken.py", ctx, Mode.FIX, unsafe=True)
    assert fixed.fixed is None and "syntax error at line 5" in fixed.errors[0].message


# -- random modules ------------------------------------------------------------------------------

BLOCKS = [
    "import openai",
    "import openai as oa",
    "from openai import OpenAI, Completion",
    "import anthropic",
    'MODEL = "text-davinci-003"',
    'NAME = "ada"',
    'CFG = {"model": "curie", "other": "babbage"}',
    "ALIAS = NAME",
    "client = OpenAI()",
    "create = openai.Completion.create",
    'PROMPT = """\ndef inside():\n    openai.Completion.create(engine="davinci")\n"""',
    "def plain(rows):\n    return [r for r in rows if r]",
    "def uses_create():\n    return create(prompt='x')",
    "def uses_client(x):\n    return client.completions.create(model=x, prompt='p')",
    "def passes_name():\n    run(model=NAME)",
    "def reads_alias():\n    return ALIAS",
    "def local_name():\n    m = NAME\n    return m",
    "def imports_other():\n    import anthropic\n    return anthropic",
    "def unknown_client(llm):\n    return llm.completions.create(prompt='q')",
    "def sets_global():\n    global NAME\n    NAME = other()",
    "def uses_cfg():\n    return call(model=CFG['model'])",
    "def legacy():\n    return openai.Completion.create(engine='davinci', prompt='p')['choices'][0]['text']",
    "def defaults(model='ada'):\n    return model",
    "def text_block():\n    s = '''\nclass Fake:\n    pass\n'''\n    return s",
    "@register(model=NAME)\ndef decorated():\n    pass",
    "class Holder:\n    def __init__(self):\n        self.llm = OpenAI()\n\n"
    "    def ask(self):\n        return self.llm.completions.create(model=MODEL, prompt='p')",
    "class Plain:\n    def get(self, key):\n        return key",
    "if __name__ == '__main__':\n    uses_create()",
    "try:\n    import openai\nexcept ImportError:\n    openai = None",
]


SCALE = float(os.environ.get("GPTMIGRATE_PROPERTY_SCALE", "1"))


@hsettings(max_examples=int(150 * SCALE), deadline=None)
@given(st.lists(st.sampled_from(BLOCKS), min_size=1, max_size=10))
def test_focused_detection_finds_what_the_whole_module_gives(blocks):
    ctx = make_context()
    source = "\n\n\n".join(blocks) + "\n"
    try:
        whole = _findings(ctx, source, focused=False)
    except SyntaxError:
        return
    assert _findings(ctx, source, focused=True)[:2] == whole[:2]
