"""The per-file pipeline: bytes -> text -> findings -> fixed text -> bytes, never raising per file.

`check_source` and `fix_source` are pure (text in, findings or text out); `process_file` adds the
disk through `files` (decoding that keeps encoding, BOM and newlines; atomic writes).
"""

from __future__ import annotations

import ast
import os
import re
import signal
import sys
from dataclasses import dataclass, replace
from enum import Enum
from itertools import islice
from pathlib import Path
from typing import (TYPE_CHECKING, Any, Callable, Dict, Iterable, Iterator, List, Optional, Set,
                    Sequence, Tuple, Union)

from gptmigrate.config import Settings
from gptmigrate.files import (
    Decoded,
    SourceError,
    TooLarge,
    binary_offset,
    contains,
    decode,
    encode,
    outside,
    read_source,
    round_trips,
    write_atomic,
)
from gptmigrate.fix import applicable, apply_fixes, compiles, select
from gptmigrate.formats import FormatError, reader_for
from gptmigrate.matching import (API_MARKERS, OPENAI_MODULE_WORDS, OPENAI_OWNER_WORDS,
                                 PROVIDER_MODULE_GATES, PROVIDER_WORD_GATES, DetectOptions,
                                 ModelMatcher)
from gptmigrate.prefilter import PYTHON, SCRIPT, ApiGate, Prefilter, WordGate
from gptmigrate.rules import explicitly_selected, needs_rewrite
from gptmigrate.sdk import hold_unmet, pinned_below, sdk_for
from gptmigrate.suppress import SUPPRESSION_MARKERS, apply_suppressions
from gptmigrate.table import PROVIDERS, Table, TableError, load_table
from gptmigrate.types import FileError, FileResult, Finding

if TYPE_CHECKING:
    from gptmigrate.cache import ResultCache

NOTEBOOK_READ_FACTOR = 64
NOTEBOOK_READ_LIMIT = 64 * 1024 * 1024  # a notebook's JSON is read whole
MAX_FIX_ROUNDS = 10


class Mode(str, Enum):
    """What to do with each file."""

    CHECK = "check"
    DIFF = "diff"
    FIX = "fix"
    NOQA = "noqa"  # write a suppression comment for each finding (`scan --add-noqa`)


@dataclass(frozen=True)
class Context:
    """Built once per run and shared by every file: settings, table and matchers."""

    settings: Settings
    table: Table
    options: DetectOptions
    prefilter: Prefilter


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
    unknown = [p for p in settings.providers if p not in PROVIDERS]
    if unknown:
        raise TableError(f"{settings.config_path or 'configuration'}: key 'providers': unknown "
                         f"provider {unknown[0]!r} (one of {', '.join(PROVIDERS)})")
    matcher, prefilter = _matchers(table, tuple(settings.providers),
                                   explicitly_selected("GM901", tuple(settings.select)))
    options = DetectOptions(table=table, matcher=matcher, as_of=settings.as_of,
                            targets=dict(settings.targets))
    return Context(settings, table, options, prefilter)


# Matchers already built in this process, by table (load_table keeps each table it builds) and
# what else they depend on: a warm process builds its context again per run.
_MATCHERS: Dict[Tuple[int, Tuple[str, ...], bool], Tuple[Table, ModelMatcher, Prefilter]] = {}


def _matchers(table: Table, providers: Tuple[str, ...],
              unused_suppressions: bool) -> Tuple[ModelMatcher, Prefilter]:
    """The model matcher and the prefilter of a table, the providers chosen, and whether
    GM901 (unused suppressions) is selected."""
    key = (id(table), providers, unused_suppressions)
    if key not in _MATCHERS:
        matcher = ModelMatcher(table, providers or None)
        _MATCHERS[key] = (table, matcher, _prefilter(table, matcher, unused_suppressions))
    return _MATCHERS[key][1:]


def _prefilter(table: Table, matcher: ModelMatcher, unused_suppressions: bool) -> Prefilter:
    """The test of a file's raw bytes: the table's names, and the markers of findings that
    need no model name."""
    # Retired api-versions (GM106) are findings without a model name, in every format.
    markers = tuple(value for family in table.apis.values() for value in family.values)
    config_markers = markers
    if unused_suppressions:
        # An unused suppression is a finding with no model name, in every format.
        markers += SUPPRESSION_MARKERS
        config_markers += SUPPRESSION_MARKERS
    # `openai`, `langchain` ... count with a word a finding of theirs spells (`ApiGate`,
    # `WordGate`); the other SDKs' markers count anywhere.
    gates: List[Union[ApiGate, WordGate]] = [
        ApiGate("openai", OPENAI_MODULE_WORDS, OPENAI_OWNER_WORDS)]
    # (their findings need an import of the SDK: openai's do not, a module passed in counts)
    gates += [ApiGate(marker, words, (), imported=True)
              for marker, words in PROVIDER_MODULE_GATES.items()]
    gates += [WordGate(marker, words, imported=True)
              for marker, words in PROVIDER_WORD_GATES.items()]
    markers += tuple(marker for marker in API_MARKERS
                     if marker not in {gate.module for gate in gates})
    return Prefilter(matcher.rows, markers, gates, config_markers)


def check_source(text: str, ctx: Context, path: str = "<string>",
                 line_label: Optional[Callable[[int], str]] = None,
                 focused: bool = True) -> List[Finding]:
    """Findings of one source text (a Python source raises SyntaxError if it does not parse,
    RecursionError if it is nested too deeply to parse safely; a file of another format, by
    `path`'s name, FormatError if its reader cannot read it).

    Detection walks Python's own `ast` of the text, leaving out (`focused`) the top-level
    functions and classes that cannot change a finding (`focus`); libcst parses the file only
    when a legacy call or exception needs an API rewrite planned. Suppression comments apply
    last; `line_label` names lines in messages (notebook cells).
    """
    reader = reader_for(path)
    comments = None
    if reader is not None:  # configuration, JavaScript, TypeScript (raises FormatError)
        from gptmigrate.formats.base import suppression_comments

        findings, document = reader.findings(text, ctx.options, path)
        if any(f.fix is not None and f.code in ("GM001", "GM002") for f in findings):
            from gptmigrate import cross_module

            findings = cross_module.hold_data_renames(findings, path, ctx.options.table,
                                                      script=reader.dialect == SCRIPT)
        comments = suppression_comments(document, text)
    else:
        from gptmigrate.detect import detect_source

        options = _with_relays(_with_environment(ctx.options, text, path), text, path)
        tree, detection = detect_source(text, options,
                                        ctx.prefilter.accepts_text if focused else None,
                                        line_label)
        findings = detection.findings
        if needs_rewrite(findings) or _may_move_constants(findings, tree, path):
            from gptmigrate.rewrite import attach_fixes

            findings = attach_fixes(text, findings, detection, options, sdk_for(path),
                                    tree, path)
        if any(f.fix is not None and f.fix.requires for f in findings):
            findings = hold_unmet(findings, sdk_for(path))
        if any(f.code == "GM215" for f in findings) \
                and pinned_below(path, "anthropic", "1.0"):
            # anthropic<1 still takes temperature= in messages.create
            findings = [f for f in findings if f.code != "GM215"]
        if tree is not None and any(f.code in ("GM001", "GM002", "GM106")
                                    and f.fix is not None for f in findings):
            from gptmigrate import cross_module

            findings = cross_module.hold_renames(findings, tree, text, path, ctx.options.table)
    enabled = [f for f in findings if ctx.settings.rule_enabled(f.code, path)]
    return apply_suppressions(
        enabled, text, lambda code: ctx.settings.rule_enabled(code, path),
        report_unused=ctx.settings.rule_enabled("GM901", path)
        and explicitly_selected("GM901", tuple(ctx.settings.select)), comments=comments)


# engine= / deployment_id= as a keyword: what the project's environment can make an Azure call.
_DEPLOYMENT_KEYWORD = re.compile(r"\b(?:engine|deployment_id)\s*=(?!=)")


def _with_environment(options: DetectOptions, text: str, path: str) -> DetectOptions:
    """The options for a Python file that names engine= or deployment_id=, with what its
    project's dotenv files say of Azure (`project.azure_environment`); read only for such
    files, and each folder once per run."""
    if path.startswith("<") or _DEPLOYMENT_KEYWORD.search(text) is None:
        return options
    from gptmigrate import project

    environment = project.azure_environment(Path(path))
    return options if environment is None else replace(options, azure_environment=environment)


# `from retry import with_retries`: a name another module of the project may define.
_FROM_IMPORT = re.compile(r"^[ \t]*from[ \t]+\.*\w", re.M)


def _with_relays(options: DetectOptions, text: str, path: str) -> DetectOptions:
    """The options for a Python file of a run, able to ask whether another module imports one
    of its names (`project.importers`) and, where it imports names from a module, whether one
    is a relay helper of the project (`project.imported_relay`)."""
    from gptmigrate import project

    if path.startswith("<") or project.RUN_PATHS.get() is None:
        return options
    importer = Path(path).resolve()

    def imported_name(name: str) -> bool:
        project.consulted(importer.parent)  # the answer depends on every module's imports
        return next(project.importers(importer, name), None) is not None

    def called_elsewhere(name: str) -> Optional[str]:
        found = project.called_by_importers(importer, name)
        if found is None:
            project.consulted(importer.parent)  # the answer depends on every module's imports
            return None
        return f"{found[0].name}:{found[1]}"

    def own_method(name: str) -> Optional[bool]:
        found = project.own_method(importer, name)
        if found is not None:  # the answer depends on the modules defining it
            project.consulted(importer.parent)
        return found

    options = replace(options, imported_name=imported_name, called_elsewhere=called_elsewhere,
                      own_method=own_method)
    if _FROM_IMPORT.search(text) is None:
        return options
    return replace(options, imported_relay=lambda module, level, name: project.imported_relay(
        importer, module, level, name))


def _may_move_constants(findings: Sequence[Finding], tree: Any, path: str) -> bool:
    """A module constant naming a model that must move API, which other modules of the
    project import: the run may move it with their calls (`project`). Asked without libcst."""
    from gptmigrate import project

    if project.RUN_PATHS.get() is None or path.startswith("<"):
        return False
    lines = {f.start.line for f in findings
             if f.code in ("GM001", "GM002") and f.fix is None and f.replacement}
    if not lines:
        return False
    # `MODEL = "text-davinci-003"`, or an entry of `MODELS = {"summary": "text-davinci-003"}`
    names = [statement.targets[0].id for statement in tree.body
             if isinstance(statement, ast.Assign) and len(statement.targets) == 1
             and isinstance(statement.targets[0], ast.Name) and any(
                 isinstance(value, ast.Constant) and value.lineno in lines
                 for value in ([statement.value] if isinstance(statement.value, ast.Constant)
                               else statement.value.values
                               if isinstance(statement.value, ast.Dict) else []))]
    defined = Path(path).resolve()
    return any(next(project.importers(defined, name), None) is not None for name in names)


def fix_source(
    text: str, ctx: Context, unsafe: bool = False, path: str = "<string>",
    log: Optional[List[str]] = None,
) -> Tuple[str, List[Finding], int]:
    """Apply the allowed fixes until none is left; returns new text, remaining findings, count.

    Every round's output must parse (Python's own parser, the whole text, although detection
    parses only what can hold a finding; another format's own parser) and, when the original
    compiled, compile, or FixRejected is raised and the caller keeps the file as it was: a fix
    never breaks a file, and no half-fixed file is written. A file that does not parse as a
    whole is never fixed (SyntaxError, or FormatError, as from check_source).
    """
    from gptmigrate.detect import parse

    findings = check_source(text, ctx, path)
    reader = reader_for(path)
    verify: Optional[Callable[[str], Optional[str]]] = None
    if reader is not None:
        compiled = False
    else:
        compiled = compiles(text, path)
        if not compiled:
            parse(text)  # compiled code parses; anything else must at least parse, all of it
    total = 0
    for _ in range(MAX_FIX_ROUNDS):
        fixes = applicable(findings, unsafe)
        if not fixes:
            break
        if reader is not None and verify is None:
            from gptmigrate.formats.base import verifier

            # The format's own parser must accept the text (FormatError: never fixed) and
            # every fixed text, which must read as the original with renamed values.
            verify = verifier(reader, text)
        candidate, applied = apply_fixes(text, fixes)
        if candidate == text:
            break
        done = select(fixes)
        round_log = [f"{f.code} [{f.fix.safety.value}] {f.fix.description}" for f in findings
                     if f.fix is not None and any(f.fix is fix for fix in done)]
        try:
            if verify is not None:
                problem = verify(candidate)
                if problem is not None:
                    raise FixRejected(f"{problem}; file left unchanged")
            elif not compiled:
                parse(candidate)
            findings = check_source(candidate, ctx, path)
        except SyntaxError as exc:
            raise FixRejected(f"the fixed text would not parse (line {exc.lineno}: "
                              f"{exc.msg}); file left unchanged") from None
        if compiled and not compiles(candidate, path):
            raise FixRejected("the fixed text would not compile; file left unchanged")
        text = candidate
        total += applied
        if log is not None:
            log.extend(round_log)
    return text, findings, total


class FixRejected(Exception):
    """Fixing produced text that fails a check; the file must stay as it was."""


def _rejected(result: FileResult, text: str, ctx: Context, path: str, exc: FixRejected) -> None:
    """Report the findings as a check would, plus the refusal; nothing is written."""
    result.findings = tuple(check_source(text, ctx, path))
    result.errors = (FileError(path, f"fixes not applied: {exc}"),)


def process_file(path: str, ctx: Context, mode: Mode, unsafe: bool = False,
                 roots: Optional[Sequence[str]] = None, data: Optional[bytes] = None) -> FileResult:
    """Scan (and in FIX mode rewrite) one file; every failure becomes an error in the result.

    `roots` are the folders a fix may write into (by real path; default: the file's own folder),
    so a symlink that leads out of the scanned tree is never written through. `data`: the
    file's bytes when the caller has just read them (`run` does, for the prefilter).
    """
    result = FileResult(path=path)
    if data is None:
        try:
            data = read_source(Path(path), _read_limit(path, ctx.settings))
        except TooLarge as exc:
            if _contains(path, ctx):
                result.errors = (FileError(path, str(exc)),)
            return result
        except SourceError as exc:
            result.errors = (FileError(path, str(exc)),)
            return result
        except OSError as exc:
            result.errors = (FileError(path, f"cannot read: {exc.strerror or exc}"),)
            return result
    nul = binary_offset(data)
    if nul >= 0:
        kind = "Python source" if _dialect(path) == PYTHON else "text"
        result.errors = (FileError(path, f"binary file (NUL byte at offset {nul}), not {kind}; "
                                         f"skipped"),)
        return result
    if not ctx.prefilter.accepts(data, _dialect(path)):
        return result
    try:
        decoded = decode(data)
    except SourceError as exc:
        result.errors = (FileError(path, str(exc)),)
        return result
    result = process_document(path, decoded.text, ctx, mode, unsafe, data)
    if mode in (Mode.FIX, Mode.NOQA) and result.changed and not any(e.whole_file
                                                                    for e in result.errors):
        refusal = _write_refusal(path, decoded, data, roots)
        try:
            if refusal is not None:
                raise SourceError(refusal)
            write_atomic(Path(path), encode(decoded, result.fixed or ""), data)
        except (OSError, UnicodeEncodeError, SourceError) as exc:
            result.errors = result.errors + (FileError(path, _write_message(exc)),)
            result.fixed = None
            result.fixes_applied = 0
            result.notes = ()
    return result


def process_document(path: str, text: str, ctx: Context, mode: Mode, unsafe: bool = False,
                     data: Optional[bytes] = None) -> FileResult:
    """One file's decoded text, read as its kind (by suffix) says: the one entry to every
    format for `process_file` and the language server's buffers. Nothing is written: in FIX
    mode `fixed` holds the new text. `data`: the bytes `text` was decoded from, if at hand."""
    if path.endswith(".ipynb"):
        # The notebook module computes the fixed JSON text; process_file writes it, with the
        # same guards as a .py file (symlinks out of the tree, read-only, changed on disk).
        from gptmigrate.notebook import process_notebook

        return process_notebook(path, data if data is not None else text.encode("utf-8"), ctx,
                                Mode.DIFF.value if mode == Mode.FIX else mode.value, unsafe,
                                check_source, ctx.settings.max_file_size)
    return process_text(text, path, ctx, mode, unsafe)


def _read_limit(path: str, settings: Settings) -> Optional[int]:
    """How many bytes may be read. A notebook's outputs (images, tables) are never parsed, so a
    notebook may be NOTEBOOK_READ_FACTOR times larger, up to NOTEBOOK_READ_LIMIT (or the limit
    itself, if larger); the limit then applies to its code."""
    limit = settings.max_file_size
    if limit and path.endswith(".ipynb"):
        return min(limit * NOTEBOOK_READ_FACTOR, max(limit, NOTEBOOK_READ_LIMIT))
    return limit


def _contains(path: str, ctx: Context) -> bool:
    dialect = _dialect(path)
    try:
        return contains(Path(path), lambda data: ctx.prefilter.accepts(data, dialect))
    except OSError:
        return True


def may_hold_findings(path: str, data: bytes, ctx: Context) -> bool:
    """The prefilter's verdict on a file's bytes, read the way its kind writes strings: False
    only if nothing in it can be a finding (scan never parses such a file)."""
    return ctx.prefilter.accepts(data, _dialect(path))


def _dialect(path: str) -> str:
    """How string values start in the file (the prefilter's dialect), by its name."""
    if path.endswith(_PYTHON_SUFFIXES):  # most files: no name lookup
        return PYTHON
    reader = reader_for(path)
    return PYTHON if reader is None else reader.dialect


_PYTHON_SUFFIXES = (".py", ".pyi", ".ipynb")


def _unparsable(text: str) -> Optional[str]:
    """Python's own verdict on a text that did not parse, as one line."""
    from gptmigrate.detect import parse

    try:
        parse(text)
    except RecursionError as exc:
        return str(exc)
    except SyntaxError as exc:
        if exc.lineno is None:
            return f"syntax error: {exc.msg}"
        return f"syntax error at line {exc.lineno}, column {exc.offset}: {exc.msg}"
    return None


def _write_refusal(path: str, decoded: Decoded, data: bytes,
                   roots: Optional[Sequence[str]]) -> Optional[str]:
    """Why a fixed file must not be written, or None."""
    allowed = roots if roots is not None else (os.path.dirname(os.path.abspath(path)),)
    real = outside(Path(path), allowed)
    if real is not None:
        return (f"not written: a symlink to {real}, outside the scanned folder; "
                f"run gptmigrate on the target itself")
    if not round_trips(decoded, data):
        return f"not written: {decoded.encoding} does not give back the same bytes"
    return None


def _write_message(exc: BaseException) -> str:
    if isinstance(exc, SourceError):
        return str(exc)
    if isinstance(exc, OSError) and exc.strerror:
        return f"not written: {exc.strerror}"
    return f"not written: {_one_line(exc)}"


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


def run(paths: Sequence[str], ctx: Context, mode: Mode, unsafe: bool = False,
        progress: Optional[Callable[[int, int], None]] = None, jobs: Optional[int] = None,
        cache: Optional["ResultCache"] = None) -> List[FileResult]:
    """Scan every discovered file, in discovery order; problems with paths become error results.

    Each file is read once, screened by the prefilter, looked up in the cache (CHECK mode only)
    and, if it is a candidate, parsed. A large tree is cut into batches that worker processes
    (`jobs`, default: every core) read, screen and parse on their own while the parent goes on
    discovering the rest, then only merges the results; a small one is screened here and only
    its candidates, if there are enough of them, go to workers. The results do not depend on
    `jobs` or the cache.
    `progress(done, total)` is called after each file (the CLI's progress bar).
    """
    from gptmigrate import project

    project.forget()
    token = project.RUN_PATHS.set(tuple(os.path.realpath(p) for p in paths))
    try:
        results = _run(paths, ctx, mode, unsafe, progress, jobs, cache)
        return _rejudge_held_data(results, ctx, unsafe, write_roots(paths)) \
            if mode == Mode.FIX else results
    finally:
        project.RUN_PATHS.reset(token)


def _rejudge_held_data(results: List[FileResult], ctx: Context, unsafe: bool,
                       roots: Sequence[str]) -> List[FileResult]:
    """A data file (.env, YAML, JSON, INI, TOML) whose model rename was held on what a
    Python module of the run sends (`max_tokens=` beside a model read from the environment,
    `cross_module.hold_data_renames`), judged again once the run's fixes are written: that
    module's own fix may have made its call send what the new model takes (a getenv default
    renamed with its call's parameters), and the held file would then keep a model nothing
    serves. What a second `--fix` would do, done in the same run."""
    from gptmigrate import project

    changed = [os.path.realpath(result.path) for result in results if result.changed]
    if not changed:
        return results

    def affected(result: FileResult) -> bool:
        return reader_for(result.path) is not None and not result.errors \
            and any(f.fix is None and f.model for f in result.findings) \
            and any(path == seen or path.startswith(seen.rstrip(os.sep) + os.sep)
                    for seen in result.consulted for path in changed)

    again = [index for index, result in enumerate(results) if affected(result)]
    if not again:
        return results
    project.forget()
    merged = list(results)
    for index in again:
        first = results[index]
        second = _process_guarded(first.path, ctx, Mode.FIX, unsafe, roots)
        if second.errors or not second.changed:
            continue
        merged[index] = replace(
            second, original=first.original if first.original is not None else second.original,
            fixes_applied=first.fixes_applied + second.fixes_applied,
            notes=tuple(dict.fromkeys((*first.notes, *second.notes))),
            consulted=tuple(sorted({*first.consulted, *second.consulted})))
    return merged


def _run(paths: Sequence[str], ctx: Context, mode: Mode, unsafe: bool,
         progress: Optional[Callable[[int, int], None]], jobs: Optional[int],
         cache: Optional["ResultCache"]) -> List[FileResult]:
    from gptmigrate.discover import discover

    found = discover(paths, ctx.settings)
    items = list(islice(found, SCREEN_PARALLEL_MIN_FILES))
    roots = write_roots(paths)
    use = cache if mode == Mode.CHECK else None
    results: Dict[int, FileResult] = {}

    def settle(slot: int, result: Optional[FileResult]) -> None:
        results[slot] = FileResult(path=items[slot].path) if result is None else result
        if progress is not None:
            progress(len(results), len(items))

    def files() -> Iterator[Tuple[int, str]]:
        """(slot, path) of every file to scan: `items`, then the rest of discovery (added to
        `items` as it comes); once all are out, each path that cannot be scanned is settled."""
        for slot, item in enumerate(items):
            if item.problem is None:
                yield slot, item.path
        for item in found:
            items.append(item)
            if item.problem is None:
                yield len(items) - 1, item.path
        for slot, item in enumerate(items):
            if item.problem is not None:
                settle(slot, FileResult(path=item.path,
                                        errors=(FileError(item.path, item.problem),)))

    workers = _wanted_jobs(jobs)
    if workers > 1 and len(items) >= SCREEN_PARALLEL_MIN_FILES:
        stream = _scan_in_workers(files(), ctx, mode, unsafe, workers, roots, use)
        try:
            for slot, result in stream:
                settle(slot, result)
        finally:
            stream.close()  # on Ctrl-C: the workers stop at their next file
        return [results[slot] for slot in range(len(items))]

    todo = list(files())
    pending: List[Tuple[int, str, int]] = []  # (slot, path, size) of the candidates to parse
    kept: Dict[int, bytes] = {}  # slot -> bytes of a candidate
    for slot, path in todo:
        verdict = _screen(path, ctx, use)
        if isinstance(verdict, bytes):
            pending.append((slot, path, len(verdict)))
            kept[slot] = verdict
        elif isinstance(verdict, _Unreadable):
            pending.append((slot, path, 0))
        else:
            settle(slot, verdict)
    workers = min(workers, len(pending)) if len(pending) >= PARALLEL_MIN_FILES else 1
    if workers > 1:  # workers read the files again: cheaper than sending the bytes over
        done = _parse_in_workers(pending, ctx, mode, unsafe, workers, roots)
    else:
        done = ((slot, _process_guarded(path, ctx, mode, unsafe, roots, kept.get(slot)))
                for slot, path, _ in pending)
    for slot, result in done:
        settle(slot, result)
        data = kept.pop(slot, None)
        if use is not None and data is not None and not result.consulted:
            use.put(result.path, data, result)
    return [results[slot] for slot in range(len(items))]


# Below this many candidates, parsing happens in this process: starting a worker costs more.
PARALLEL_MIN_FILES = 4
# From this many files on, workers also read and screen: a one-file scan never starts a pool.
SCREEN_PARALLEL_MIN_FILES = 512
# Files per batch: the first batches are small, so that a small tree still gives every worker
# several, and each round of batches is twice as large as the one before, up to BATCH_FILES:
# every batch costs the parent and the workers about a millisecond of sending and receiving.
FIRST_BATCH_FILES = 32
BATCH_FILES = 256


def _batch_size(sent: int, workers: int) -> int:
    """Files in the next batch, after `sent` batches to `workers` processes."""
    return min(BATCH_FILES, FIRST_BATCH_FILES << min(sent // workers, 16))


class _Unreadable:
    """What `_screen` says of a file it could not read: process_file reads it again and says
    why (too large, a FIFO, no permission ...) in the words of its error result."""


def _screen(path: str, ctx: Context, cache: Optional["ResultCache"],
            ) -> Union[None, FileResult, bytes, _Unreadable]:
    """Read and prefilter one file: None if it cannot hold a finding, its cached result, its
    bytes if it must be parsed, or _Unreadable."""
    try:
        # Refuses FIFOs (a plain read would block forever) and files over the size limit.
        data = read_source(path, _read_limit(path, ctx.settings))
    except (OSError, SourceError):
        return _Unreadable()
    if not ctx.prefilter.accepts(data, _dialect(path)):
        return None
    if cache is not None:
        hit = cache.get(path, data)
        if hit is not None:
            return hit
    return data


def _scan(path: str, ctx: Context, mode: Mode, unsafe: bool, roots: Optional[Sequence[str]],
          cache: Optional["ResultCache"]) -> Optional[FileResult]:
    """One file from start to end: screened, looked up, parsed, remembered (None: rejected)."""
    verdict = _screen(path, ctx, cache)
    if verdict is None or isinstance(verdict, FileResult):
        return verdict
    data = verdict if isinstance(verdict, bytes) else None
    result = _process_guarded(path, ctx, mode, unsafe, roots, data)
    if cache is not None and data is not None and not result.consulted:
        cache.put(path, data, result)
    return result


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - macOS and Windows
        return max(1, os.cpu_count() or 1)


def _wanted_jobs(jobs: Optional[int]) -> int:
    """The processes `--jobs` asks for (0 or None: one per core)."""
    return default_jobs() if jobs is None or jobs <= 0 else jobs


def _process_guarded(path: str, ctx: Context, mode: Mode, unsafe: bool,
                     roots: Optional[Sequence[str]] = None,
                     data: Optional[bytes] = None) -> FileResult:
    """process_file, with an unexpected exception turned into that file's error: the run goes on."""
    from gptmigrate.project import CONSULTED

    seen: Set[str] = set()
    token = CONSULTED.set(seen)
    try:
        result = process_file(path, ctx, mode, unsafe, roots, data)
    except Exception as exc:  # noqa: BLE001 - one file's bug must not end the run
        result = FileResult(path=path, errors=(FileError(
            path, f"internal error: {type(exc).__name__}: {_one_line(exc)}"),))
    finally:
        CONSULTED.reset(token)
    result.consulted = tuple(sorted(seen - {os.path.realpath(path)}))
    return result


_WORKER_CONTEXT: Optional[Context] = None
_WORKER_CACHE: Optional["ResultCache"] = None
_WORKER_STOP: Optional[Any] = None  # a multiprocessing Event: the run was interrupted


def _init_worker(settings: Settings, cache: Optional["ResultCache"] = None,
                 stop: Optional[Any] = None,
                 run_paths: Optional[Tuple[str, ...]] = None) -> None:
    """Build the table and matchers once per worker process, not once per file; keep the
    result cache (its folder is prepared once per worker, not once per batch) and the event
    that tells a worker to leave the rest of its batch.

    A forked worker already holds the parent's context (set just before the pool starts).
    Ctrl-C reaches the whole process group: the parent stops the run and reports it in one
    line; a worker ignores it and finishes the file it is on (its write is atomic either way)
    instead of printing a traceback.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    global _WORKER_CONTEXT, _WORKER_CACHE, _WORKER_STOP
    if _WORKER_CONTEXT is None or _WORKER_CONTEXT.settings != settings:
        _WORKER_CONTEXT = build_context(settings)
    _WORKER_CACHE = cache
    _WORKER_STOP = stop
    from gptmigrate import project

    project.RUN_PATHS.set(run_paths)  # a spawned worker starts without the run's context
    project.forget()


def _work(path: str, mode: Mode, unsafe: bool,
          roots: Optional[Sequence[str]] = None) -> FileResult:
    assert _WORKER_CONTEXT is not None
    return _process_guarded(path, _WORKER_CONTEXT, mode, unsafe, roots)


def _work_batch(batch: Sequence[Tuple[int, str]], mode: Mode, unsafe: bool,
                roots: Optional[Sequence[str]],
                ) -> Tuple[List[Tuple[int, Optional[FileResult]]], int, int]:
    """Scan a batch in a worker: (slot, result or None if rejected), and the cache's new hits
    and stores (the parent's cache object keeps the counts). An interrupted run ends the batch
    after the file at hand, as a worker of a one-file task would."""
    assert _WORKER_CONTEXT is not None
    cache = _WORKER_CACHE
    hits, stores = (cache.hits, cache.stores) if cache is not None else (0, 0)
    done: List[Tuple[int, Optional[FileResult]]] = []
    for slot, path in batch:
        if _WORKER_STOP is not None and _WORKER_STOP.is_set():
            break
        done.append((slot, _scan(path, _WORKER_CONTEXT, mode, unsafe, roots, cache)))
    if cache is None:
        return done, 0, 0
    return done, cache.hits - hits, cache.stores - stores


def _processes() -> Any:
    """fork shares the parent's imports and automaton and costs milliseconds; elsewhere the
    platform's default start method."""
    import multiprocessing

    return multiprocessing.get_context("fork" if sys.platform.startswith("linux") else None)


def _pool(ctx: Context, workers: int, cache: Optional["ResultCache"] = None,
          stop: Optional[Any] = None):
    """A process pool whose workers hold `ctx` (and `cache`, `stop`), built once per worker
    (inherited as they are when forked)."""
    from concurrent.futures import ProcessPoolExecutor

    from gptmigrate import project

    global _WORKER_CONTEXT
    _WORKER_CONTEXT = ctx
    return ProcessPoolExecutor(max_workers=workers, mp_context=_processes(),
                               initializer=_init_worker,
                               initargs=(ctx.settings, cache, stop, project.RUN_PATHS.get()))


def _lost(path: str) -> FileResult:
    return FileResult(path=path, errors=(FileError(
        path, "not scanned: a worker process stopped unexpectedly (run with "
              "--jobs 1 to find the file that causes it)"),))


def _scan_in_workers(todo: Iterable[Tuple[int, str]], ctx: Context, mode: Mode, unsafe: bool,
                     workers: int, roots: Optional[Sequence[str]],
                     cache: Optional["ResultCache"]) -> Iterator[Tuple[int, Optional[FileResult]]]:
    """Read, screen and parse `todo` in `workers` processes, in batches of BATCH_FILES
    consecutive files, each sent as soon as it is full (`todo` may still be discovering: the
    workers start on the first batches meanwhile); once `todo` is exhausted, yields (slot,
    result or None if the prefilter rejected the file) as batches complete."""
    from concurrent.futures import as_completed
    from concurrent.futures.process import BrokenProcessPool

    stop = _processes().Event()
    executor = _pool(ctx, workers, cache, stop)
    try:
        futures = {}
        files = iter(todo)
        while True:
            batch = list(islice(files, _batch_size(len(futures), workers)))
            if not batch:
                break
            futures[executor.submit(_work_batch, batch, mode, unsafe, roots)] = batch
        for future in as_completed(futures):
            try:
                done, hits, stores = future.result()
            except BrokenProcessPool:
                for slot, path in futures[future]:
                    yield slot, _lost(path)
                continue
            if cache is not None:
                cache.hits += hits
                cache.stores += stores
            yield from done
    except BaseException:  # Ctrl-C, or the caller closing the stream early
        stop.set()
        raise
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def _parse_in_workers(pending: Sequence[Tuple[int, str, int]], ctx: Context, mode: Mode,
                      unsafe: bool, workers: int, roots: Optional[Sequence[str]] = None,
                      ) -> Iterator[Tuple[int, FileResult]]:
    """Parse the candidates in `workers` processes, largest first so the cores finish together;
    yields (slot, result) as they complete."""
    from concurrent.futures import as_completed
    from concurrent.futures.process import BrokenProcessPool

    executor = _pool(ctx, workers)
    try:
        futures = {
            executor.submit(_work, path, mode, unsafe, roots): (slot, path)
            for slot, path, _ in sorted(pending, key=lambda item: -item[2])
        }
        for future in as_completed(futures):
            slot, path = futures[future]
            try:
                yield slot, future.result()
            except BrokenProcessPool:
                yield slot, _lost(path)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def write_roots(paths: Sequence[str]) -> Tuple[str, ...]:
    """Where --fix may write: each folder given, and the folder of each file given."""
    return tuple(os.path.realpath(p if os.path.isdir(p) else os.path.dirname(os.path.abspath(p)))
                 for p in paths)


def process_text(text: str, path: str, ctx: Context, mode: Mode,
                 unsafe: bool = False) -> FileResult:
    """Scan (or fix, in memory only) source read from stdin; `path` names it for config."""
    result = FileResult(path=path, original=text)
    log: List[str] = []
    try:
        if mode == Mode.CHECK:
            result.findings = tuple(check_source(text, ctx, path))
            return result
        if mode == Mode.NOQA:
            from gptmigrate.noqa import add_suppressions, writes_comments

            findings = check_source(text, ctx, path)
            if not writes_comments(path):
                result.findings = tuple(findings)
                if findings:
                    result.errors = (FileError(path, "no suppression comment is written in "
                                                     "this kind of file yet", kind="note"),)
                return result
            fixed, applied, findings = add_suppressions(text, findings, path)
            result.findings, result.fixed, result.fixes_applied = tuple(findings), fixed, applied
            return result
        fixed, findings, applied = fix_source(text, ctx, unsafe, path, log)
    except FixRejected as exc:
        _rejected(result, text, ctx, path, exc)
        return result
    except FormatError as exc:
        # Read in part (a script with a syntax error): reported, not fixed; not at all: an error.
        try:
            result.findings = tuple(check_source(text, ctx, path)) if mode != Mode.CHECK else ()
            result.errors = (FileError(path, f"{exc}; not fixed" if mode != Mode.CHECK
                                       else f"{exc}; not scanned"),)
        except FormatError:
            result.errors = (FileError(path, f"{exc}; not scanned"),)
        return result
    except SyntaxError as exc:
        # Never fixed; model literals are still reported, found by tokens.
        message = _unparsable(text) or f"syntax error: {exc.msg}"
        result.errors = (FileError(path, f"{message}; not fixed"),)
        from gptmigrate.fallback import findings_from_tokens

        result.findings = tuple(f for f in findings_from_tokens(text, ctx.options)
                                if ctx.settings.rule_enabled(f.code, path))
        return result
    except (RecursionError, MemoryError) as exc:
        detail = str(exc) if str(exc).startswith("too deeply nested") else ""
        result.errors = (FileError(path, detail or "too deeply nested to parse"),)
        return result
    result.findings = tuple(findings)
    result.fixed = fixed
    result.fixes_applied = applied
    result.notes = tuple(log)
    return result


__all__ = ["Context", "FixRejected", "Mode", "build_context", "check_source", "fix_source",
           "may_hold_findings", "process_document", "process_file", "process_text", "run"]
