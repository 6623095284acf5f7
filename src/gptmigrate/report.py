"""Every output format. Only this module imports rich.

Machine formats write to stdout only; human text goes to the terminal. The JSON object is a
public contract documented in the README: add keys, never rename or remove them.
"""

from __future__ import annotations

import json
import os
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import (IO, TYPE_CHECKING, Any, Callable, Dict, Iterator, List, Mapping, Optional,
                    Sequence, Tuple)
from urllib.parse import quote

from gptmigrate import __version__
from gptmigrate.rules import RULES, Rule, get_rule
from gptmigrate.types import FileResult, Finding, FixSafety, Severity

if TYPE_CHECKING:
    from gptmigrate.freshness import TableAge

FORMATS: Tuple[str, ...] = ("text", "concise", "json", "sarif", "github", "gitlab")
"""Every value of `scan --format`; all but text and concise are machine formats."""

MACHINE_FORMATS = frozenset({"json", "sarif", "github", "gitlab"})


@dataclass(frozen=True)
class RunInfo:
    """Facts about the run that every format may show."""

    as_of: str
    table_checked: str
    mode: str
    unsafe_fixes: bool = False
    table_age_days: Optional[int] = None  # days from the table's `checked:` day to today
    table_notice: Optional[str] = None  # set when the table is stale (`freshness`)


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
        "errors": sum(1 for r in results for e in r.errors if e.whole_file),
        "cell_errors": sum(1 for r in results for e in r.errors
                           if e.kind == "error" and e.cell is not None),
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
        "table_age_days": info.table_age_days,
        "table_notice": info.table_notice,
        "findings": [finding_dict(r.path, f) for r in results for f in r.findings],
        "errors": [
            {"path": e.path, "message": e.message, "kind": e.kind, "cell": e.cell}
            for r in results for e in r.errors
        ],
        "summary": summary(results),
    }
    json.dump(payload, out, indent=2)
    out.write("\n")


def unified_diff(result: FileResult) -> str:
    if not result.changed or result.original is None or result.fixed is None:
        return ""
    import difflib  # a diff is asked for: a plain report does not import it

    return "".join(difflib.unified_diff(
        result.original.splitlines(keepends=True),
        result.fixed.splitlines(keepends=True),
        fromfile=result.path,
        tofile=result.path,
    ))


def _console(out: IO[str], color: Optional[bool]):
    """rich's console, with `:name:` emoji codes off: `ft:davinci-002:acme:id:x` holds `:id:`."""
    from rich.console import Console

    return Console(file=out, highlight=False, soft_wrap=True, emoji=False,
                   force_terminal=color if color else None, no_color=color is False)


def _styled(out: IO[str], color: Optional[bool]) -> bool:
    """Whether rich could print styles to `out`. When it cannot (a pipe, a file, --no-color), it
    prints the text alone, which `write_text` then writes itself: rich costs ~0.1 s (import and
    markup) for a few hundred findings, and a CI run always pipes its report."""
    if color is not None:
        return color
    if os.environ.get("TTY_COMPATIBLE") or os.environ.get("FORCE_COLOR") is not None:
        return True  # rich's own overrides: let rich decide
    isatty = getattr(out, "isatty", None)
    try:
        return bool(isatty and isatty())
    except ValueError:  # a closed stream
        return False


_SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "cyan"}


def write_text(results: Sequence[FileResult], info: RunInfo, out: IO[str],
               color: Optional[bool] = None, quiet: bool = False) -> None:
    """`path:line:col CODE message`, grouped by file, then a summary."""
    emit = _RichLines(out, color) if _styled(out, color) else _PlainLines(out)
    for result in results:
        if not result.findings:
            continue
        for f in result.findings:
            location = f"{result.path}:{f.line}:{f.column}"
            if f.cell is not None:
                location = f"{result.path}:cell {f.cell}:{f.line}:{f.column}"
            marker = ""
            if f.fix is not None:
                marker = " [*]" if f.fix.safety == FixSafety.SAFE else " [unsafe fix]"
            emit.finding(location, f.code, _SEVERITY_STYLE[f.severity.value], f.message + marker)
        emit.line("")
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
    elif not data["errors"] and not data["cell_errors"]:
        parts.append(f"All clear: no legacy model or endpoint in {data['files']} files "
                     f"(as of {info.as_of}).")
    if data["errors"]:
        parts.append(f"{data['errors']} file{'s' * (data['errors'] != 1)} could not be scanned.")
    if data["cell_errors"]:
        parts.append(f"{data['cell_errors']} notebook cell{'s' * (data['cell_errors'] != 1)} "
                     f"could not be parsed.")
    for part in parts:
        emit.line(part)


# The control characters rich drops from printed text (BEL, BS, VT, FF, CR: rich.control).
_RICH_DROPS = dict.fromkeys((7, 8, 11, 12, 13))


class _PlainLines:
    """The report's lines as rich prints them where it cannot style: the text alone, less the
    control characters rich drops (tests/test_formats.py compares the two)."""

    def __init__(self, out: IO[str]) -> None:
        self.out = out

    def finding(self, location: str, code: str, style: str, message: str) -> None:
        self.line(f"{location} {code} {message}")

    def line(self, text: str) -> None:
        self.out.write(text.translate(_RICH_DROPS) + "\n")


class _RichLines:
    """The report's lines through rich: the location bold, the code in its severity's style."""

    def __init__(self, out: IO[str], color: Optional[bool]) -> None:
        from rich.markup import escape

        self.console = _console(out, color)
        self.escape = escape

    def finding(self, location: str, code: str, style: str, message: str) -> None:
        self.console.print(f"[bold]{self.escape(location)}[/bold] [{style}]{code}[/{style}] "
                           f"{self.escape(message)}")

    def line(self, text: str) -> None:
        self.console.print(self.escape(text))


def write_errors(results: Sequence[FileResult], err: IO[str]) -> None:
    """One line per file problem (or note), always on stderr, whatever the format."""
    for result in results:
        for error in result.errors:
            err.write(f"{error.kind}: {error.path}: {error.message}\n")


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


def write_fixes(results: Sequence[FileResult], out: IO[str], unsafe: bool) -> None:
    """--show-fixes: what was applied (fix and diff modes) or what each fix would do (check).

    Each line names the tier; an API rewrite also says which openai-python it writes for.
    """
    lines: List[str] = []
    for result in results:
        if result.notes:
            lines.append(f"{result.path}:")
            lines.extend(f"  {note}" for note in result.notes)
            continue
        available = [f for f in result.findings if f.fix is not None]
        if not available:
            continue
        lines.append(f"{result.path}:")
        for finding in available:
            fix = finding.fix
            assert fix is not None
            needs = "" if fix.safety == FixSafety.SAFE or unsafe else " (needs --unsafe-fixes)"
            lines.append(f"  {finding.line}:{finding.column} {finding.code} [{fix.safety.value}]"
                         f"{needs} {fix.description}")
    if not lines:
        out.write("No fixes.\n")
        return
    applied = any(result.notes for result in results)
    out.write(("Applied fixes:" if applied else "Fixes:") + "\n")
    out.write("\n".join(lines) + "\n")


def format_models(rows: List[Dict[str, Any]], out: IO[str], age: Optional["TableAge"] = None,
                  color: Optional[bool] = None) -> None:
    """The table's rows, under the day the table was checked and its age."""
    from rich.table import Table as RichTable

    console = _console(out, color)
    if age is not None:
        console.print(f"Table checked {age.checked.isoformat()} ({age.days} days ago"
                      f"{'; stale: see the warning' if age.stale else ''}).")
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
        f"Fix safety: {rule.fix}",
    ]
    lines += [f"Reference: {ref}" for ref in rule.references]
    lines.append(f"Documentation: {rule.url}")
    out.write("\n".join(lines) + "\n")


def write_report(output_format: str, results: Sequence[FileResult], info: RunInfo, out: IO[str],
                 color: Optional[bool] = None, quiet: bool = False) -> None:
    """Write `results` in one of FORMATS to `out` (the only place a format is chosen)."""
    if output_format == "text":
        write_text(results, info, out, color=color, quiet=quiet)
    elif output_format == "concise":
        write_concise(results, info, out, quiet=quiet)
    elif output_format == "json":
        write_json(results, info, out)
    elif output_format == "sarif":
        write_sarif(results, info, out)
    elif output_format == "github":
        write_github(results, out)
    elif output_format == "gitlab":
        write_gitlab(results, out)
    else:  # pragma: no cover - click restricts the choice
        raise ValueError(f"unknown format {output_format!r}")


def _findings(results: Sequence[FileResult]) -> Iterator[Tuple[str, Finding]]:
    for result in results:
        for finding in result.findings:
            yield result.path, finding


def _fix_marker(finding: Finding) -> str:
    if finding.fix is None:
        return ""
    return " [*]" if finding.fix.safety == FixSafety.SAFE else " [unsafe fix]"


def write_concise(results: Sequence[FileResult], info: RunInfo, out: IO[str],
                  quiet: bool = False) -> None:
    """One plain line a finding, `path:line:col: CODE [*] message`, for grep and editors."""
    for path, f in _findings(results):
        cell = f"cell {f.cell}:" if f.cell is not None else ""
        out.write(f"{path}:{cell}{f.line}:{f.column}: {f.code}{_fix_marker(f)} {f.message}\n")
    if not quiet:
        total = sum(len(r.findings) for r in results)
        out.write(f"Found {total} finding{'s' * (total != 1)} in {len(results)} files "
                  f"(as of {info.as_of}).\n")


# --- SARIF 2.1.0 --------------------------------------------------------------------------------

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_SARIF_LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _artifact_uri(path: str) -> str:
    """A relative path stays relative (GitHub resolves it against the checkout), with `/`."""
    candidate = Path(path)
    if candidate.is_absolute():
        return candidate.as_uri()
    return quote(candidate.as_posix())


def _rule_help(rule: Rule) -> Tuple[str, str]:
    """The rule's documentation as plain text and as markdown, ruff's section order."""
    sections = [("What it finds", rule.summary), ("Why", rule.why), ("Example", rule.example),
                ("Use instead", rule.use_instead), ("Fix safety", rule.fix)]
    text = "\n".join(f"{title}: {body}" for title, body in sections)
    markdown = "\n\n".join(
        f"**{title}**\n\n```python\n{body}\n```" if title == "Example"
        else f"**{title}**: {body}" for title, body in sections
    )
    if rule.references:
        text += "\nReferences: " + " ".join(rule.references)
        markdown += "\n\n**References**: " + ", ".join(f"<{ref}>" for ref in rule.references)
    return text, markdown


def _sarif_rule(rule: Rule) -> Dict[str, Any]:
    text, markdown = _rule_help(rule)
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": rule.why},
        "help": {"text": text, "markdown": markdown},
        "helpUri": rule.url,
        "properties": {"tags": ["gptmigrate", "deprecation"]},
    }


def _sarif_region(start_line: int, start_column: int, end_line: int,
                  end_column: int) -> Dict[str, int]:
    return {"startLine": start_line, "startColumn": start_column,
            "endLine": end_line, "endColumn": end_column}


def _sarif_result(path: str, finding: Finding, rule_index: Dict[str, int]) -> Dict[str, Any]:
    uri = _artifact_uri(path)
    rule = get_rule(finding.code)
    location: Dict[str, Any] = {"artifactLocation": {"uri": uri}}
    if finding.cell is None:
        location["region"] = _sarif_region(finding.start.line, finding.start.column,
                                           finding.end.line, finding.end.column)
    result: Dict[str, Any] = {
        "ruleId": finding.code,
        "level": _SARIF_LEVEL[finding.severity],
        "message": {"text": _located_message(finding)},
        "locations": [{"physicalLocation": location}],
        "properties": {
            "name": finding.name,
            "model": finding.model,
            "replacement": finding.replacement,
            "fixSafety": finding.fix_safety.value if finding.fix_safety else None,
            "url": rule.url if rule else None,
        },
    }
    if finding.code in rule_index:
        result["ruleIndex"] = rule_index[finding.code]
    if finding.cell is not None:
        result["properties"]["cell"] = finding.cell
    if finding.fix is not None and finding.cell is None:
        result["fixes"] = [{
            "description": {
                "text": f"{finding.fix.description} ({finding.fix.safety.value} fix)",
            },
            "artifactChanges": [{
                "artifactLocation": {"uri": uri},
                "replacements": [
                    {
                        "deletedRegion": _sarif_region(e.start_pos.line, e.start_pos.column,
                                                       e.end_pos.line, e.end_pos.column),
                        "insertedContent": {"text": e.content},
                    }
                    for e in finding.fix.edits
                ],
            }],
        }]
    return result


def _located_message(finding: Finding) -> str:
    """The message, prefixed with the cell and line for a notebook finding.

    Notebook positions count within a cell, not within the .ipynb file: formats that point
    into the file (SARIF regions, annotations, Code Quality lines) say where in words instead.
    """
    if finding.cell is None:
        return finding.message
    return f"cell {finding.cell}, line {finding.line}: {finding.message}"


def sarif_log(results: Sequence[FileResult], info: RunInfo) -> Dict[str, Any]:
    """The SARIF 2.1.0 log of a run: every rule documented, every finding with its fix."""
    rules = [_sarif_rule(rule) for rule in RULES]
    rule_index = {rule.code: index for index, rule in enumerate(RULES)}
    errors = [e for r in results for e in r.errors]
    run: Dict[str, Any] = {
        "tool": {"driver": {
            "name": "gptmigrate",
            "semanticVersion": __version__,
            "informationUri": "https://github.com/gptmigrate/gptmigrate",
            "rules": rules,
        }},
        "columnKind": "unicodeCodePoints",
        "results": [_sarif_result(path, f, rule_index) for path, f in _findings(results)],
        "invocations": [{
            "executionSuccessful": not any(e.kind == "error" for e in errors),
            "toolConfigurationNotifications": [
                {"level": "warning", "descriptor": {"id": "stale-table"},
                 "message": {"text": info.table_notice}}
            ] if info.table_notice else [],
            "toolExecutionNotifications": [
                {"level": e.kind, "message": {"text": e.message},
                 "locations": [{"physicalLocation": {
                     "artifactLocation": {"uri": _artifact_uri(e.path)}}}]}
                for e in errors
            ],
        }],
        "properties": {"asOf": info.as_of, "tableChecked": info.table_checked,
                       "tableAgeDays": info.table_age_days, "tableNotice": info.table_notice},
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def write_sarif(results: Sequence[FileResult], info: RunInfo, out: IO[str]) -> None:
    json.dump(sarif_log(results, info), out, indent=2)
    out.write("\n")


# --- GitHub workflow commands -------------------------------------------------------------------

_GITHUB_COMMAND = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def _github_data(text: str) -> str:
    """Escape a workflow command's message as the Actions runner unescapes it."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _github_property(text: str) -> str:
    """Escape a workflow command property value (`:` and `,` delimit properties)."""
    return _github_data(text).replace(":", "%3A").replace(",", "%2C")


def write_github(results: Sequence[FileResult], out: IO[str]) -> None:
    """`::error file=...,line=...::message` lines: annotations on the pull request's diff."""
    for path, f in _findings(results):
        properties = [("file", _project_path(path))]
        if f.cell is None:
            properties += [("line", str(f.start.line)), ("col", str(f.start.column)),
                           ("endLine", str(f.end.line)), ("endColumn", str(f.end.column))]
        properties.append(("title", f"gptmigrate {f.code} ({f.name})"))
        rendered = ",".join(f"{key}={_github_property(value)}" for key, value in properties)
        out.write(f"::{_GITHUB_COMMAND[f.severity]} {rendered}::"
                  f"{_github_data(f'{f.code} {_located_message(f)}')}\n")
    for result in results:
        for error in result.errors:
            command = "notice" if error.kind == "note" else "error"
            out.write(f"::{command} file={_github_property(_project_path(error.path))},"
                      f"title=gptmigrate::{_github_data(error.message)}\n")


# --- GitLab Code Quality ------------------------------------------------------------------------

_GITLAB_SEVERITY = {Severity.ERROR: "critical", Severity.WARNING: "major", Severity.INFO: "minor"}


def _project_path(path: str) -> str:
    """GitLab wants paths relative to the project root, the job's working directory."""
    candidate = Path(path)
    if candidate.is_absolute():
        try:
            return candidate.relative_to(Path.cwd()).as_posix()
        except ValueError:
            return candidate.as_posix()
    return Path(os.path.normpath(candidate)).as_posix()


def gitlab_report(results: Sequence[FileResult]) -> List[Dict[str, Any]]:
    """Code Quality issues; the fingerprint survives moved lines, not a changed finding."""
    import hashlib

    issues: List[Dict[str, Any]] = []
    seen: Counter = Counter()
    for path, f in _findings(results):
        relative = _project_path(path)
        identity = (relative, f.code, f.model or "", f.message, str(f.cell or ""))
        seen[identity] += 1
        digest = hashlib.sha256(
            "\0".join((*identity, str(seen[identity]))).encode("utf-8")
        ).hexdigest()
        issues.append({
            "type": "issue",
            "description": f"{f.code} {_located_message(f)}",
            "check_name": f"{f.code} {f.name}",
            "fingerprint": digest,
            "severity": _GITLAB_SEVERITY[f.severity],
            "categories": ["Compatibility"],
            "location": {"path": relative, "lines": (
                {"begin": f.start.line, "end": f.end.line} if f.cell is None else {"begin": 1})},
        })
    return issues


def write_gitlab(results: Sequence[FileResult], out: IO[str]) -> None:
    json.dump(gitlab_report(results), out, indent=2)
    out.write("\n")


# --- statistics: the migration plan -------------------------------------------------------------

@dataclass(frozen=True)
class StatisticsRow:
    """Findings of one rule about one model, with the facts a migration plan needs."""

    code: str
    name: str
    model: Optional[str]
    findings: int
    files: int
    shutdown: Optional[str]
    replacement: Optional[str]
    fixable: int


def statistics(results: Sequence[FileResult],
               shutdown_of: Callable[[str], Optional[str]]) -> List[StatisticsRow]:
    """Counts by rule and model, most urgent (earliest shutdown) first."""
    groups: Dict[Tuple[str, Optional[str]], List[Tuple[str, Finding]]] = {}
    for path, f in _findings(results):
        groups.setdefault((f.code, f.model), []).append((path, f))
    rows = []
    for (code, model), items in groups.items():
        replacements = sorted({f.replacement for _, f in items if f.replacement})
        rows.append(StatisticsRow(
            code=code,
            name=items[0][1].name,
            model=model,
            findings=len(items),
            files=len({path for path, _ in items}),
            shutdown=shutdown_of(model) if model else None,
            replacement=", ".join(replacements) or None,
            fixable=sum(1 for _, f in items if f.fix is not None),
        ))
    return sorted(rows, key=lambda r: (r.shutdown is None, r.shutdown or "", r.code,
                                       r.model or ""))


def _cell(text: Optional[str]) -> str:
    return (text or "-").replace("|", "\\|")


def write_statistics(rows: Sequence[StatisticsRow], info: RunInfo, out: IO[str],
                     as_json: bool = False) -> None:
    """A markdown table to paste into a pull request (or the same rows as JSON)."""
    if as_json:
        json.dump([row.__dict__ for row in rows], out, indent=2)
        out.write("\n")
        return
    out.write(f"Migration plan (as of {info.as_of})\n\n")
    out.write("| Rule | Model | Shutdown | Replace with | Findings | Files | Fixable |\n")
    out.write("|---|---|---|---|---:|---:|---:|\n")
    for row in rows:
        model = f"`{row.model}`" if row.model else "-"
        replacement = f"`{row.replacement}`" if row.replacement else "-"
        out.write(f"| {row.code} {row.name} | {_cell(model)} | {_cell(row.shutdown)} | "
                  f"{_cell(replacement)} | {row.findings} | {row.files} | {row.fixable} |\n")
    if not rows:
        out.write("| - | - | - | - | 0 | 0 | 0 |\n")


# --- progress -----------------------------------------------------------------------------------

def progress_wanted(stream: IO[str], environ: Mapping[str, str]) -> bool:
    """A bar only for a person at a terminal: never when piped, in CI or on a dumb terminal."""
    if environ.get("CI", "").lower() not in ("", "0", "false"):
        return False
    if environ.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class Progress:
    """A transient rich progress bar on `stream` (stderr), gone once the run ends.

    It appears only once a run has taken `delay` seconds: a quick scan never flickers.
    """

    def __init__(self, stream: IO[str], force_terminal: Optional[bool] = None,
                 delay: float = 0.5) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeElapsedColumn
        from rich.progress import Progress as RichProgress

        console = Console(file=stream, force_terminal=force_terminal)
        self._bar = RichProgress(TextColumn("scanning"), BarColumn(), MofNCompleteColumn(),
                                 TimeElapsedColumn(), console=console, transient=True)
        self._task: Optional[int] = None
        self._delay = delay
        self._began = 0.0
        self._shown = False

    def __enter__(self) -> "Progress":
        self._began = time.monotonic()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._shown:
            self._bar.stop()

    def update(self, done: int, total: int) -> None:
        """Called by the engine after each file."""
        if not self._shown:
            if time.monotonic() - self._began < self._delay or done >= total:
                return
            self._bar.start()
            self._shown = True
        if self._task is None:
            self._task = self._bar.add_task("scan", total=total)
        self._bar.update(self._task, completed=done, total=total)
