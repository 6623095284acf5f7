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
