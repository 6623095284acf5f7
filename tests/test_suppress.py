"""Suppression comments: which findings they hide, and GM901 being off unless asked for."""

from __future__ import annotations

from conftest import make_context
from gptmigrate.engine import check_source
from gptmigrate.suppress import find_suppressions

STALE = 'MODEL = "gpt-4o"  # noqa: GM001\nOLD = "text-davinci-003"\n'


def test_unused_suppression_is_off_by_default(ctx):
    assert [f.code for f in check_source(STALE, ctx)] == ["GM001"]


def test_unused_suppression_on_when_named():
    for select in (("GM", "GM901"), ("GM901", "GM0"), ("unused-suppression", "GM")):
        codes = [f.code for f in check_source(STALE, make_context(select=select))]
        assert codes == ["GM901", "GM001"], select


def test_suppression_of_a_disabled_rule_is_not_reported_unused():
    ctx = make_context(select=("GM1", "GM901"))
    assert check_source(STALE, ctx) == []


def test_only_real_comments_count():
    text = 'x = "# noqa: GM001"\ny = 1  # gptmigrate: ignore[GM101 retired-model]\n'
    found = find_suppressions(text)
    assert [(s.line, s.codes) for s in found] == [(2, ("GM101", "GM001"))]


def test_foreign_noqa_codes_are_not_ours():
    assert find_suppressions("x = 1  # noqa: E501\n") == []
    bare = find_suppressions("x = 1  # noqa\n")
    assert len(bare) == 1 and bare[0].codes is None and not bare[0].reportable


def test_a_module_is_tokenized_only_where_a_comment_could_apply(ctx, monkeypatch):
    """A module with findings and `# noqa` elsewhere keeps its findings without being tokenized
    (a comment is one line: a finding's line without a marker holds none); a marker on a
    finding's line, a file-level comment or lone-\\r line ends are judged by the tokenizer."""
    from gptmigrate import suppress

    calls = []
    real = suppress.python_comments
    monkeypatch.setattr(suppress, "python_comments",
                        lambda text: calls.append(1) or real(text))
    body = "import os  # noqa: F401\n" + "x = 1\n" * 50
    findings = check_source(body + 'MODEL = "text-davinci-003"\n', ctx)
    assert [f.code for f in findings] == ["GM001"] and calls == []
    for source, kept in ((body + 'MODEL = "text-davinci-003"  # noqa: GM001\n', []),
                         (body + 'MODEL = "text-davinci-003"  # NOQA\n', []),
                         ('s = """\n# noqa\n"""\nMODEL = "text-davinci-003"  # noqa\n', []),
                         ("# gptmigrate: ignore-file\n" + body + 'M = "text-davinci-003"\n', []),
                         (body.replace("\n", "\r") + 'M = "text-davinci-003"  # noqa\r', None)):
        calls.clear()
        found = [f.code for f in check_source(source, ctx)]
        assert kept is None or found == kept, source
        assert calls, source
