"""Findings for files that do not parse (Python 2, a syntax error): read from tokens, never fixed.

Without a syntax tree nothing says where a string stands, so only strings whose whole value is
an unambiguous table model (never a plain word such as "ada") are reported, without a fix.
"""

from __future__ import annotations

import ast
import io
import tokenize
from typing import Iterator, List, Optional

from gptmigrate.matching import DetectOptions
from gptmigrate.rules import get_rule
from gptmigrate.types import FixSafety, Finding, Position, Severity

_STATUS = {
    "retired": ("GM001", Severity.ERROR),
    "deprecated": ("GM002", Severity.WARNING),
    "legacy": ("GM003", Severity.INFO),
}


def _string_tokens(text: str) -> Iterator[tokenize.TokenInfo]:
    """STRING tokens up to the first point where the tokenizer itself gives up."""
    tokens = tokenize.generate_tokens(io.StringIO(text).readline)
    try:
        for token in tokens:
            if token.type == tokenize.STRING:
                yield token
    except (tokenize.TokenError, SyntaxError, ValueError, RecursionError, MemoryError):
        return


def _value(token: str) -> Optional[str]:
    try:
        value = ast.literal_eval(token)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return None
    return value if isinstance(value, str) else None


def findings_from_tokens(text: str, options: DetectOptions, unit: str = "file") -> List[Finding]:
    """Model literals in a file (or a notebook `unit="cell"`) that does not parse; each
    finding says why it is not fixed."""
    findings: List[Finding] = []
    for token in _string_tokens(text):
        value = _value(token.string)
        if value is None:
            continue
        match = options.matcher.match(value)
        if match is None or match.fine_tuned or options.matcher.is_ambiguous(match.row.name):
            continue
        row = match.row
        status = row.status(options.as_of)
        if status not in _STATUS:
            continue
        code, severity = _STATUS[status]
        rule = get_rule(code)
        if rule is None:
            continue
        resolution = options.table.resolve(row.name, options.as_of, options.targets)
        when = {"retired": f"was shut down on {row.shutdown}",
                "deprecated": f"shuts down on {row.shutdown}",
                "legacy": "is a legacy model"}[status]
        advice = f"; use {resolution.target}" if resolution.target else ""
        findings.append(Finding(
            code=rule.code,
            name=rule.name,
            severity=severity,
            message=f"{row.name} {when}{advice} (found by tokens: the {unit} does not parse, "
                    f"so nothing in it is fixed)",
            start=Position(token.start[0], token.start[1] + 1),
            end=Position(token.end[0], token.end[1] + 1),
            model=value[match.start:match.end],
            replacement=resolution.target,
            fix_safety=FixSafety.MANUAL,
        ))
    return findings


__all__ = ["findings_from_tokens"]
