"""Fixtures of the other file formats: tests/fixtures/<CODE>-<name>/<case>.<ext> (YAML, JSON,
TOML, INI/CFG, .env, JavaScript, TypeScript) with <case>.findings and, for transforms,
<case>.fixed.<ext> (absent: the file must stay unchanged).

A case may start with a `# gptmigrate-test: ...` (or `// gptmigrate-test: ...`) line, as the
Python fixtures do. Each case is checked for: findings; fixed text, byte for byte; the fixed
text parses with its format's own parser (tree-sitter without error nodes for scripts); fixing
again changes nothing; the same with CRLF line endings.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Tuple

import pytest

from conftest import FIXTURES, TODAY, make_context
from gptmigrate.engine import check_source, fix_source
from gptmigrate.formats import reader_for

CASES = sorted(p for p in FIXTURES.glob("*/*") if p.suffix not in (".py", ".findings")
               and ".fixed." not in p.name and reader_for(str(p)) is not None)
_DIRECTIVE = re.compile(r"(?:#|//)\s*gptmigrate-test:(?P<args>.*)")
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


def _context(as_of: dt.date):
    if as_of not in _contexts:
        _contexts[as_of] = make_context(as_of=as_of)
    return _contexts[as_of]


def lines(findings) -> list:
    return [
        f"{f.line}:{f.column} {f.code} {f.fix_safety.value if f.fix_safety else '-'}"
        + (f" {f.model} -> {f.replacement}" if f.model else "")
        for f in findings
    ]


def fixed_path(case: Path) -> Path:
    stem, suffix = (case.name, "") if case.name.startswith(".env") else (case.stem, case.suffix)
    return case.with_name(f"{stem}.fixed{suffix}")


def test_every_format_has_a_transform_and_a_look_alike():
    """Each format has a case that is fixed and a case that must not fire at all."""
    by_format = {}
    for case in CASES:
        kind = reader_for(str(case)).name  # type: ignore[union-attr]
        fixed = fixed_path(case).exists()
        silent = not case.with_suffix(".findings").read_text(encoding="utf-8").strip()
        by_format.setdefault(kind, set()).update({"fixed"} if fixed else set(),
                                                 {"silent"} if silent else set())
    assert set(by_format) >= {".env", "YAML", "JSON", "TOML", "INI", "JavaScript",
                              "TypeScript"}
    for kind, seen in by_format.items():
        assert seen == {"fixed", "silent"}, (kind, seen)


@pytest.mark.parametrize("case", CASES, ids=[f"{p.parent.name}/{p.name}" for p in CASES])
def test_case(case: Path):
    text = case.read_text(encoding="utf-8")
    as_of, unsafe = _options(text)
    ctx = _context(as_of)
    path = str(case)
    expected = [line for line in case.with_suffix(".findings").read_text(
        encoding="utf-8").split("\n") if line.strip()]
    assert lines(check_source(text, ctx, path)) == expected

    target = fixed_path(case)
    expected_fixed = target.read_text(encoding="utf-8") if target.exists() else text
    fixed, _, _ = fix_source(text, ctx, unsafe=unsafe, path=path)
    assert fixed == expected_fixed
    reader = reader_for(path)
    assert reader is not None and reader.check(fixed) is None
    again, _, applied = fix_source(fixed, ctx, unsafe=unsafe, path=path)
    assert again == fixed and applied == 0

    crlf = text.replace("\n", "\r\n")
    fixed_crlf, _, _ = fix_source(crlf, ctx, unsafe=unsafe, path=path)
    assert fixed_crlf == expected_fixed.replace("\n", "\r\n")
