"""Every output format. Only this module imports rich.

Machine formats write to stdout only; human text goes to the terminal. The JSON object is a
public contract documented in the README: add keys, never rename or remove them.
"""

from __future__ import annotations

import difflib
import json
from collections import Counter
from dataclasses import dataclass
from typing import IO, Any, Dict, List, Optional, Sequence

from gptmigrate.rules import get_rule
from gptmigrate.types import FileResult, Finding, FixSafety


@dataclass(frozen=True)
class RunInfo:
    """Facts about the run that every format may show."""

    as_of: str
    table_checked: str
    mode: str
    unsafe_fixes: bool = False


def finding_dict(path: str, finding: Finding) -> Dict[str, Any]:
    rule = get_rule(finding.code)
    data: Dict[str, Any] = {
        "path": path,
        "line": finding.start.line,
        "column": finding.start.column,
        "end_line": finding.end.line,
        "end_column": finding.end.column,
        "code": finding.code,
        "name": finding.name,
        "severity": finding.severity.value,
        "message": finding.message,
        "model": finding.model,
        "replacement": finding.replacement,
        "fix_safety": finding.fix_safety.value if finding.fix_safety else None,
        "fix": None,
        "cell": finding.cell,
        "used_at": list(finding.used_at),
        "url": rule.url if rule else None,
    }
    if finding.fix is not None:
        data["fix"] = {
            "safety": finding.fix.safety.value,
            "description": finding.fix.description,
            "edits": [
                {
                    "line": e.start_pos.line,
                    "column": e.start_pos.column,
                    "end_line": e.end_pos.line,
                    "end_column": e.end_pos.column,
                    "content": e.content,
                }
                for e in finding.fix.edits
            ],
        }
    return data


def summary(results: Sequence[FileResult]) -> Dict[str, Any]:
    findings = [f for r in results for f in r.findings]
    safety = Counter(f.fix_safety.value for f in findings if f.fix_safety is not None)
    return {
        "files": len(results),
        "files_with_findings": sum(1 for r in results if r.findings),
        "findings": len(findings),
        "errors": sum(len(r.errors) for r in results),
        "fixed": sum(r.fixes_applied for r in results),
        "files_changed": sum(1 for r in results if r.changed),
        "by_code": dict(sorted(Counter(f.code for f in findings).items())),
        "by_severity": dict(sorted(Counter(f.severity.value for f in findings).items())),
        "fixable": {
            "safe": sum(1 for f in findings if f.fix and f.fix.safety == FixSafety.SAFE),
            "unsafe": sum(1 for f in findings if f.fix and f.fix.safety == FixSafety.UNSAFE),
        },
        "by_fix_safety": dict(sorted(safety.items())),
    }


def write_json(results: Sequence[FileResult], info: RunInfo, out: IO[str]) -> None:
    payload = {
        "version": 1,
        "as_of": info.as_of,
        "table_checked": info.table_checked,
        "findings": [finding_dict(r.path, f) for r in results for f in r.findings],
        "errors": [
            {"path": e.path, "message": e.message, "kind": e.kind}
            for r in results for e in r.errors
        ],
        "summary": summary(results),
    }
    json.dump(payload, out, indent=2)
    out.write("\n")


def unified_diff(result: FileResult) -> str:
    if not result.changed or result.original is None or result.fixed is None:
        return ""
    return "".join(difflib.unified_diff(
        result.original.splitlines(keepends=True),
        result.fixed.splitlines(keepends=True),
        fromfile=result.path,
        tofile=result.path,
    ))


def _console(out: IO[str], color: Optional[bool]):
    from rich.console import Console

    return Console(file=out, highlight=False, soft_wrap=True,
                   force_terminal=color if color else None, no_color=color is False)


_SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def write_text(results: Sequence[FileResult], info: RunInfo, out: IO[str],
               color: Optional[bool] = None, quiet: bool = False) -> None:
    """`path:line:col CODE message`, grouped by file, then a summary."""
    from rich.markup import escape

    console = _console(out, color)
    for result in results:
        if not result.findings:
            continue
        for f in result.findings:
            location = f"{result.path}:{f.line}:{f.column}"
            if f.cell is not None:
                location = f"{result.path}:cell {f.cell}:{f.line}:{f.column}"
            marker = ""
            if f.fix is not None:
                marker = " \\[*]" if f.fix.safety == FixSafety.SAFE else " \\[unsafe fix]"
            style = _SEVERITY_STYLE[f.severity.value]
            console.print(
                f"[bold]{escape(location)}[/bold] [{style}]{f.code}[/{style}] "
                f"{escape(f.message)}{marker}"
            )
        console.print()
    if quiet:
        return
    data = summary(results)
    parts = []
    if data["fixed"]:
        parts.append(f"Fixed {data['fixed']} finding{'s' * (data['fixed'] != 1)} in "
                     f"{data['files_changed']} file{'s' * (data['files_changed'] != 1)}.")
    if data["findings"]:
        line = (f"Found {data['findings']} finding{'s' * (data['findings'] != 1)} in "
                f"{data['files_with_findings']} of {data['files']} files (as of {info.as_of}).")
        fixable = data["fixable"]
        hints = []
        if fixable["safe"]:
            hints.append(f"[*] {fixable['safe']} fixable with --fix")
        if fixable["unsafe"]:
            hints.append(f"{fixable['unsafe']} more with --unsafe-fixes")
        if hints:
            line += " " + ", ".join(hints) + "."
        parts.append(line)
    elif not data["errors"]:
        parts.append(f"All clear: no legacy model or endpoint in {data['files']} files "
                     f"(as of {info.as_of}).")
    if data["errors"]:
        parts.append(f"{data['errors']} file{'s' * (data['errors'] != 1)} could not be scanned.")
    for part in parts:
        console.print(escape(part))


def write_errors(results: Sequence[FileResult], err: IO[str]) -> None:
    """One line per file problem, always on stderr, whatever the format."""
    for result in results:
        for error in result.errors:
            err.write(f"error: {error.path}: {error.message}\n")


def write_diff(results: Sequence[FileResult], out: IO[str]) -> int:
    """Unified diffs of what a fix would write; returns how many files would change."""
    changed = 0
    for result in results:
        diff = unified_diff(result)
        if diff:
            changed += 1
            out.write(diff)
            if not diff.endswith("\n"):
                out.write("\n\\ No newline at end of file\n")
    return changed


def format_models(rows: List[Dict[str, Any]], out: IO[str], color: Optional[bool] = None) -> None:
    from rich.table import Table as RichTable

    console = _console(out, color)
    table = RichTable(show_lines=False)
    for column in ("name", "provider", "api", "announced", "shutdown", "replacement"):
        table.add_column(column)
    for row in rows:
        table.add_row(*(str(row[c] or "") for c in
                        ("name", "provider", "api", "announced", "shutdown", "replacement")))
    console.print(table)


def format_explain(data: Dict[str, Any], out: IO[str], color: Optional[bool] = None) -> None:
    from rich.markup import escape

    console = _console(out, color)
    console.print(f"[bold]{escape(data['name'])}[/bold] as of {data['as_of']}")
    for step in data["chain"]:
        console.print(
            f"  {escape(step['name'])} ({step['api']}): announced {step['announced'] or '-'}, "
            f"shutdown {step['shutdown'] or '-'}, {step['status']}; source {escape(step['source'])}"
        )
    console.print(f"target: {data['target'] or '-'}")
    console.print(f"action: {data['action']} (fix: {data['fix_safety'] or '-'})")
    console.print(f"why: {escape(data['reason'])}")


def format_rule(code: str, out: IO[str]) -> None:
    rule = get_rule(code)
    assert rule is not None
    lines = [
        f"{rule.code} {rule.name}",
        "",
        f"What it finds: {rule.summary}",
        f"Why: {rule.why}",
        f"Example: {rule.example}",
        f"Use instead: {rule.use_instead}",
        f"Fix: {rule.fix}",
    ]
    lines += [f"Reference: {ref}" for ref in rule.references]
    lines.append(f"Documentation: {rule.url}")
    out.write("\n".join(lines) + "\n")
