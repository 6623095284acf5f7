"""The per-file pipeline: bytes -> text -> findings -> fixed text -> bytes, never raising per file.

`check_source` and `fix_source` are pure (text in, findings or text out); `process_file` adds the
disk through `files` (decoding that keeps encoding, BOM and newlines; atomic writes).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Callable, Iterable, List, Optional, Sequence, Tuple

import libcst as cst

from gptmigrate.config import Settings
from gptmigrate.detect import DetectOptions, ModelMatcher, detect
from gptmigrate.files import decode, encode, write_atomic
from gptmigrate.fix import applicable, apply_fixes
from gptmigrate.rewrite import attach_fixes
from gptmigrate.sdk import sdk_for
from gptmigrate.table import Table, TableError, load_table
from gptmigrate.types import FileError, FileResult, Finding

MAX_FIX_ROUNDS = 10


class Mode(str, Enum):
    """What to do with each file."""

    CHECK = "check"
    DIFF = "diff"
    FIX = "fix"


@dataclass(frozen=True)
class Context:
    """Built once per run and shared by every file: settings, table and matchers."""

    settings: Settings
    table: Table
    options: DetectOptions
    prefilter: "re.Pattern[bytes]"


def build_context(settings: Settings) -> Context:
    """Load the table and build the matchers; raises TableError on a bad table or target."""
    table = load_table(settings.tables)
    for api, model in settings.targets.items():
        row = table.get(model)
        if row is not None and row.status(settings.as_of) == "retired":
            raise TableError(
                f"{settings.config_path or 'configuration'}: key 'targets.{api}': {model} was "
                f"shut down on {row.shutdown}"
            )
    matcher = ModelMatcher(table, settings.providers or None)
    options = DetectOptions(table=table, matcher=matcher, as_of=settings.as_of,
                            targets=dict(settings.targets))
    return Context(settings, table, options, _build_prefilter(matcher.rows))


def _build_prefilter(names: Iterable[str]) -> "re.Pattern[bytes]":
    """One regex over raw bytes: a file that does not match cannot hold a finding."""
    needles = sorted({n.encode() for n in names} | {b"openai"}, key=len, reverse=True)
    return re.compile(b"|".join(re.escape(n) for n in needles))


def check_source(text: str, ctx: Context, path: str = "<string>") -> List[Finding]:
    """Findings of one Python source text (raises libcst.ParserSyntaxError if it does not parse)."""
    module = cst.parse_module(text)
    findings = attach_fixes(module, text, detect(module, text, ctx.options), ctx.options,
                            sdk_for(path))
    return [f for f in findings if ctx.settings.rule_enabled(f.code, path)]


def fix_source(
    text: str, ctx: Context, unsafe: bool = False, path: str = "<string>"
) -> Tuple[str, List[Finding], int]:
    """Apply the allowed fixes until none is left; returns new text, remaining findings, count.

    Every round's output must parse with libcst and compile with Python (when the original
    did), or FixRejected is raised and the caller keeps the file as it was: a fix never breaks
    a file, and no half-fixed file is written.
    """
    findings = check_source(text, ctx, path)
    compiles = _compiles(text, path)
    total = 0
    for _ in range(MAX_FIX_ROUNDS):
        fixes = applicable(findings, unsafe)
        if not fixes:
            break
        candidate, applied = apply_fixes(text, fixes)
        if candidate == text:
            break
        try:
            findings = check_source(candidate, ctx, path)
        except cst.ParserSyntaxError as exc:
            raise FixRejected(f"the fixed text would not parse (line {exc.raw_line}: "
                              f"{exc.message}); file left unchanged") from None
        if compiles and not _compiles(candidate, path):
            raise FixRejected("the fixed text would not compile; file left unchanged")
        text = candidate
        total += applied
    return text, findings, total


class FixRejected(Exception):
    """Fixing produced text that fails a check; the file must stay as it was."""


def _compiles(text: str, path: str) -> bool:
    try:
        compile(text, path, "exec", dont_inherit=True)
    except (SyntaxError, ValueError):
        return False
    return True


def _rejected(result: FileResult, text: str, ctx: Context, path: str, exc: FixRejected) -> None:
    """Report the findings as a check would, plus the refusal; nothing is written."""
    result.findings = tuple(check_source(text, ctx, path))
    result.errors = (FileError(path, f"fixes not applied: {exc}"),)


def process_file(path: str, ctx: Context, mode: Mode, unsafe: bool = False) -> FileResult:
    """Scan (and in FIX mode rewrite) one file; every failure becomes an error in the result."""
    result = FileResult(path=path)
    try:
        data = Path(path).read_bytes()
    except IsADirectoryError:
        result.errors = (FileError(path, "is a directory, not a file"),)
        return result
    except OSError as exc:
        result.errors = (FileError(path, f"cannot read: {exc.strerror or exc}"),)
        return result
    if not ctx.prefilter.search(data):
        return result
    try:
        decoded = decode(data)
    except (SyntaxError, UnicodeDecodeError, LookupError) as exc:
        result.errors = (FileError(path, f"cannot decode: {_one_line(exc)}"),)
        return result
    result.original = decoded.text
    try:
        if mode == Mode.CHECK:
            result.findings = tuple(check_source(decoded.text, ctx, path))
            return result
        fixed, findings, applied = fix_source(decoded.text, ctx, unsafe, path)
    except FixRejected as exc:
        _rejected(result, decoded.text, ctx, path, exc)
        return result
    except cst.ParserSyntaxError as exc:
        result.errors = (FileError(path, f"syntax error at line {exc.raw_line}, column "
                                         f"{exc.raw_column + 1}: {exc.message}"),)
        return result
    except RecursionError:
        result.errors = (FileError(path, "too deeply nested to parse"),)
        return result
    result.findings = tuple(findings)
    result.fixed = fixed
    result.fixes_applied = applied
    if mode == Mode.FIX and result.changed:
        try:
            write_atomic(Path(path), encode(decoded, fixed), data)
        except (OSError, UnicodeEncodeError) as exc:
            result.errors = (FileError(path, f"not written: {_one_line(exc)}"),)
            result.fixed = None
            result.fixes_applied = 0
    return result


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def run(paths: Sequence[str], ctx: Context, mode: Mode, unsafe: bool = False,
        progress: Optional[Callable[[int, int], None]] = None) -> List[FileResult]:
    """Scan every discovered file; problems with the paths themselves become error results.

    `progress(done, total)` is called after each file (the CLI's progress bar).
    """
    from gptmigrate.discover import discover

    items = list(discover(paths, ctx.settings))
    results: List[FileResult] = []
    for item in items:
        if item.problem is not None:
            results.append(FileResult(path=item.path, errors=(FileError(item.path, item.problem),)))
        else:
            results.append(process_file(item.path, ctx, mode, unsafe))
        if progress is not None:
            progress(len(results), len(items))
    return results


def process_text(text: str, path: str, ctx: Context, mode: Mode,
                 unsafe: bool = False) -> FileResult:
    """Scan (or fix, in memory only) source read from stdin; `path` names it for config."""
    result = FileResult(path=path, original=text)
    try:
        if mode == Mode.CHECK:
            result.findings = tuple(check_source(text, ctx, path))
            return result
        fixed, findings, applied = fix_source(text, ctx, unsafe, path)
    except FixRejected as exc:
        _rejected(result, text, ctx, path, exc)
        return result
    except cst.ParserSyntaxError as exc:
        result.errors = (FileError(path, f"syntax error at line {exc.raw_line}, column "
                                         f"{exc.raw_column + 1}: {exc.message}"),)
        return result
    except RecursionError:
        result.errors = (FileError(path, "too deeply nested to parse"),)
        return result
    result.findings = tuple(findings)
    result.fixed = fixed
    result.fixes_applied = applied
    return result


__all__ = ["Context", "FixRejected", "Mode", "build_context", "check_source", "fix_source", "process_file",
           "process_text", "run"]
