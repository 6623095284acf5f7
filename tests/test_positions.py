"""Detection reads Python's `ast`, whose columns count UTF-8 bytes and whose string constants
join implicit concatenations; findings and fixes must still point at exact characters."""

from __future__ import annotations

import re

import libcst as cst
from hypothesis import given, settings as hsettings, strategies as st

from gptmigrate.detect import LineIndex
from gptmigrate.engine import check_source, fix_source


def _spans(text: str, ctx) -> list:
    return [(f.code, f.start.line, f.start.column, f.end.line, f.end.column)
            for f in check_source(text, ctx)]


def test_columns_count_characters_after_non_ascii_text(ctx):
    text = 'greeting = "héllo wörld"; MODEL = "gpt-4-0613"\n'
    column = text.index('"gpt') + 1  # characters, not the 2 bytes more UTF-8 takes
    assert _spans(text, ctx) == [("GM001", 1, column, 1, column + 12)]
    fixed, _, applied = fix_source(text, ctx, unsafe=True)
    assert applied == 1
    assert fixed == 'greeting = "héllo wörld"; MODEL = "gpt-5.6-sol"\n'


def test_a_call_after_non_ascii_text_keeps_its_rewrite(ctx):
    text = ('import openai\n'
            'def résumé(prompt):\n'
            '    note = "ünïcode"; r = openai.Completion.create(model="text-davinci-003", '
            'prompt=prompt)\n'
            '    return r.choices[0].text\n')
    [call] = [f for f in check_source(text, ctx) if f.code == "GM101"]
    assert (call.start.line, call.start.column, call.end.column) == (3, 27, 51)
    assert call.fix is not None  # the libcst rewrite found the call by the span detection gave
    fixed, _, _ = fix_source(text, ctx, unsafe=True)
    assert "chat.completions.create" in fixed and 'note = "ünïcode"' in fixed
    compile(fixed, "résumé.py", "exec")


def test_windows_and_old_mac_line_endings(ctx):
    for newline in ("\r\n", "\r"):
        text = newline.join(['"""Doc."""', 'x = 1', 'MODEL = "gpt-4-0613"', ""])
        assert _spans(text, ctx) == [("GM001", 3, 9, 3, 21)]
        fixed, _, _ = fix_source(text, ctx, unsafe=True)
        assert fixed == text.replace("gpt-4-0613", "gpt-5.6-sol")


def test_string_prefixes_quotes_and_parentheses(ctx):
    text = ('A = u"gpt-4-0613"\nB = r\'gpt-4-0613\'\nC = """gpt-4-0613"""\n'
            'D = ("gpt-4-0613"  # why\n)\nE = "gpt\\x2d4-0613"\n')
    findings = check_source(text, ctx)
    assert [(f.line, f.column) for f in findings] == [(1, 5), (2, 5), (3, 5), (4, 6), (6, 5)]
    fixed, _, applied = fix_source(text, ctx, unsafe=True)
    assert applied == 4  # the escaped spelling is reported, never rewritten
    assert fixed == text.replace("gpt-4-0613", "gpt-5.6-sol")


def test_parts_of_longer_text_are_not_findings(ctx):
    """Implicit concatenation and f-string text are one longer value, as libcst saw them."""
    lookalikes = ('MODEL = "text-" "davinci-003"\n'
                  'MODEL = ("gpt-4-0613"\n         "-suffix")\n'
                  'MODEL = f"gpt-4-0613{suffix}"\n'
                  'MODEL = f"{prefix}gpt-4-0613"\n')
    assert check_source(lookalikes, ctx) == []


def test_code_inside_an_f_string_is_still_code(ctx):
    text = 'import openai\nprint(f"{openai.Completion.create(model=\'gpt-4-0613\')}")\n'
    assert [f.code for f in check_source(text, ctx)] == ["GM101", "GM001"]


def test_a_call_libcst_cannot_parse_is_reported_but_not_rewritten(ctx, monkeypatch):
    def refuse(text, *args, **kwargs):
        raise cst.ParserSyntaxError("unsupported", lines=[text], raw_line=1, raw_column=0)

    monkeypatch.setattr(cst, "parse_expression", refuse)
    text = 'import openai\nopenai.Completion.create(model="text-davinci-003", prompt="x")\n'
    findings = {f.code: f for f in check_source(text, ctx)}
    assert findings["GM101"].fix is None
    assert "Not rewritten: the call's text could not be parsed on its own" \
        in findings["GM101"].message
    assert fix_source(text, ctx, unsafe=True)[0] == text


@hsettings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "é", " ", "\n", "\r", "\r\n", "\x0c", "\x0b", "\x85",
                                 "\u2028"]), max_size=12))
def test_line_starts_are_pythons_line_breaks(pieces):
    """LineIndex takes a fast path through str.splitlines, which also breaks at \\f, \\v, NEL and
    the Unicode separators: Python's tokenizer breaks only at \\r\\n, \\r and \\n."""
    text = "".join(pieces)
    expected = [0] + [m.end() for m in re.finditer(r"\r\n|\r|\n", text)]
    assert LineIndex(text).starts == expected
