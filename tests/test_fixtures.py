"""Rule fixtures: tests/fixtures/<CODE>-<name>/<case>.py with <case>.findings (expected report
lines) and, for transforms, <case>.fixed.py (absent: the file must stay unchanged).

A case may start with `# gptmigrate-test: as-of=YYYY-MM-DD unsafe` to pin the day or the tier.
Each case is checked for: findings; fixed text; fixed text parses; fixing again changes nothing;
the same with CRLF line endings.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import List, Tuple

import libcst as cst
import pytest

from conftest import FIXTURES, TODAY, make_context
from gptmigrate.engine import check_source, fix_source
from gptmigrate.rules import OFF_BY_DEFAULT

CASES = sorted(p for p in FIXTURES.glob("*/*.py") if not p.name.endswith(".fixed.py"))
_DIRECTIVE = re.compile(r"#\s*gptmigrate-test:(?P<args>.*)")
_contexts = {}


def _options(text: str) -> Tuple[dt.date, bool]:
    first = text.splitlines()[0] if text else ""
    match = _DIRECTIVE.match(first)
    as_of, unsafe = TODAY, False
    if match:
        for arg in match.group("args").split():
            if arg.startswith("as-of="):
                as_of = dt.date.fromisoformat(arg.split("=", 1)[1])
            elif arg == "unsafe":
                unsafe = True
    return as_of, unsafe


def _context(as_of: dt.date, extend: Tuple[str, ...] = ()):
    """A pinned context; a folder of an off-by-default rule (GM901) also selects that rule."""
    if (as_of, extend) not in _contexts:
        _contexts[(as_of, extend)] = make_context(as_of=as_of, select=("GM",) + extend)
    return _contexts[(as_of, extend)]


def _lines(findings) -> List[str]:
    return [
        f"{f.line}:{f.column} {f.code} {f.fix_safety.value if f.fix_safety else '-'}"
        + (f" {f.model} -> {f.replacement}" if f.model else "")
        for f in findings
    ]


def test_every_rule_dir_has_cases():
    folders = {p.parent.name for p in CASES}
    assert folders, "no fixture cases found"
    for folder in folders:
        assert re.fullmatch(r"GM\d{3}-[a-z0-9-]+", folder), folder


@pytest.mark.parametrize("case", CASES, ids=[f"{p.parent.name}/{p.stem}" for p in CASES])
def test_case(case: Path):
    text = case.read_text(encoding="utf-8")
    as_of, unsafe = _options(text)
    code = case.parent.name.split("-")[0]
    ctx = _context(as_of, (code,) if code in OFF_BY_DEFAULT else ())
    expected_findings = case.with_suffix(".findings").read_text(encoding="utf-8").split("\n")
    expected_findings = [line for line in expected_findings if line.strip()]
    assert _lines(check_source(text, ctx)) == expected_findings

    fixed_path = case.with_name(case.stem + ".fixed.py")
    expected_fixed = fixed_path.read_text(encoding="utf-8") if fixed_path.exists() else text
    fixed, _, _ = fix_source(text, ctx, unsafe=unsafe)
    assert fixed == expected_fixed
    cst.parse_module(fixed)
    again, _, applied = fix_source(fixed, ctx, unsafe=unsafe)
    assert again == fixed and applied == 0

    crlf = text.replace("\n", "\r\n")
    fixed_crlf, _, _ = fix_source(crlf, ctx, unsafe=unsafe)
    assert fixed_crlf == expected_fixed.replace("\n", "\r\n")
