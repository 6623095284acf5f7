"""Command line: parse flags, call the engine, hand results to the reporter, exit like ruff.

Exit codes: 0 nothing to report (or everything fixed), 1 findings remain, a diff would change
something or a file could not be scanned, 2 usage, configuration or internal error.
Heavy modules (libcst, rich, yaml) are imported inside the commands so `--version` stays fast.
"""

from __future__ import annotations

import datetime as _dt
import json
import sys
from pathlib import Path
from typing import Any, Dict, List, Optional, Sequence, Tuple

import click

from gptmigrate import __version__
from gptmigrate.report import FORMATS

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2


def _codes(values: Sequence[str]) -> Tuple[str, ...]:
    return tuple(code.strip() for value in values for code in value.split(",") if code.strip())


def _date(ctx: click.Context, param: click.Parameter, value: Optional[str]) -> Optional[_dt.date]:
    if value is None:
        return None
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _size(ctx: click.Context, param: click.Parameter, value: Optional[str]) -> Optional[int]:
    if value is None:
        return None
    from gptmigrate.config import parse_size

    try:
        return parse_size(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a size (bytes, or with K or M: 512K, 2M; "
                                 f"0 for no limit)") from None


def _fail(message: str) -> "click.exceptions.Exit":
    click.echo(f"gptmigrate: error: {message}", err=True)
    return click.exceptions.Exit(EXIT_ERROR)


class _Group(click.Group):
    """Turns any unexpected exception into one line and exit 2, never a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except BrokenPipeError:
            # The reader went away (`| head`): stop quietly, as Unix tools do.
            sys.stderr.close()
            raise click.exceptions.Exit(EXIT_ERROR) from None
        except KeyboardInterrupt:
            click.echo("gptmigrate: interrupted", err=True)
            raise click.exceptions.Exit(130) from None
        except Exception as exc:  # noqa: BLE001 - the last line of defence
            click.echo(f"gptmigrate: internal error: {type(exc).__name__}: {exc}", err=True)
            raise click.exceptions.Exit(EXIT_ERROR) from None


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", "-V", prog_name="gptmigrate")
def main() -> None:
    """Find and fix code that still calls retired or deprecated LLM models and endpoints."""


def entry() -> None:
    """The console script and `python -m gptmigrate`: the command line, then an exit that does
    not make Python search every object of the run for reference cycles (~12 ms after a large
    scan). Everything the run wrote is closed by then; only the process ends."""
    try:
        main()
    finally:
        import gc

        gc.freeze()


def _settings(paths: Sequence[str], config_file: Optional[str], isolated: bool,
              overrides: Dict[str, Any]):
    from gptmigrate.config import ConfigError, load_settings

    try:
        return load_settings(paths, config_file, isolated, overrides)
    except ConfigError as exc:
        raise _fail(str(exc)) from None


def _context(settings):
    from gptmigrate.engine import build_context
    from gptmigrate.table import TableError

    try:
        return build_context(settings)
    except TableError as exc:
        raise _fail(str(exc)) from None


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--fix", is_flag=True, help="Apply safe fixes in place.")
@click.option("--unsafe-fixes", is_flag=True,
              help="Also apply unsafe fixes (API migrations, embedding changes).")
@click.option("--diff", is_flag=True, help="Print the diff of what a fix would change; write nothing.")
@click.option("--add-noqa", is_flag=True,
              help="Add a suppression comment for each finding, change nothing else, and exit 0 "
              "(the next scan is clean: gate only new legacy code from now on).")
@click.option("--show-fixes", is_flag=True,
              help="List each fix (tier and what it rewrites, with the openai-python it writes "
              "for): those applied with --fix/--diff, else those available.")
@click.option("--format", "output_format", type=click.Choice(FORMATS), default="text",
              show_default=True, help="Output format: text and concise for people; json, sarif, "
              "github (workflow annotations) and gitlab (Code Quality) for machines.")
@click.option("--output-file", "-o", type=click.Path(dir_okay=False, writable=True),
              help="Write the report to this file instead of stdout.")
@click.option("--as-of", callback=_date, metavar="YYYY-MM-DD",
              help="Judge retirements as of this day (default: today).")
@click.option("--select", multiple=True, metavar="CODES", help="Rule codes or prefixes to enable.")
@click.option("--extend-select", multiple=True, metavar="CODES", help="Enable these too.")
@click.option("--ignore", multiple=True, metavar="CODES", help="Rule codes or prefixes to disable.")
@click.option("--provider", "providers", multiple=True, metavar="NAMES",
              help="Only these providers' models (openai, anthropic, google, vertex, azure).")
@click.option("--table", "tables", multiple=True, type=click.Path(dir_okay=False),
              help="Extra migration table over the shipped one (repeatable).")
@click.option("--config", "config_file", type=click.Path(dir_okay=False),
              help="Read settings from this TOML file.")
@click.option("--isolated", is_flag=True, help="Ignore every configuration file.")
@click.option("--extend-exclude", multiple=True, metavar="PATTERNS",
              help="More files or folders to skip, on top of the defaults and the config.")
@click.option("--force-exclude", is_flag=True, default=None,
              help="Apply excludes and .gitignore to paths named on the command line too "
              "(what pre-commit needs).")
@click.option("--no-respect-gitignore", is_flag=True, help="Scan files that .gitignore ignores.")
@click.option("--stdin-filename", metavar="PATH",
              help="With `-` as the path: the name of the file read from stdin (for config, "
              "per-file ignores and reports).")
@click.option("--fail-on", type=click.Choice(["error", "warning", "info"]),
              help="Lowest severity that makes the exit code 1 (default: info).")
@click.option("--fail-within", type=click.IntRange(min=0), metavar="DAYS",
              help="Also exit 1 for any model that shuts down within DAYS days, whatever "
              "--fail-on says (a CI gate that fails ahead of a shutdown).")
@click.option("--exit-zero", is_flag=True, help="Exit 0 even when findings remain.")
@click.option("--statistics", is_flag=True,
              help="Print counts by rule and model with shutdown dates (a markdown table) "
              "instead of each finding.")
@click.option("--quiet", "-q", is_flag=True, help="Print findings only: no summary, no progress.")
@click.option("--no-color", is_flag=True, help="Plain text output.")
@click.option("--max-file-size", callback=_size, metavar="SIZE",
              help="Skip (and report) files larger than this that could hold a finding "
                   "(bytes, or 512K, 2M; 0: no limit; default 1M).")
@click.option("--jobs", "-j", type=click.IntRange(min=0), default=0, show_default=False,
              help="Worker processes for parsing (default 0: one per core; 1: no workers).")
@click.option("--no-cache", is_flag=True, help="Neither read nor write the result cache.")
@click.option("--cache-dir", type=click.Path(file_okay=False), envvar="GPTMIGRATE_CACHE_DIR",
              help="Result cache folder (default: .gptmigrate_cache next to the configuration, "
                   "or in the current folder; env GPTMIGRATE_CACHE_DIR).")
def scan(paths: Tuple[str, ...], fix: bool, unsafe_fixes: bool, diff: bool, add_noqa: bool,
         show_fixes: bool, output_format: str,
         output_file: Optional[str], as_of: Optional[_dt.date], select: Tuple[str, ...],
         extend_select: Tuple[str, ...], ignore: Tuple[str, ...], providers: Tuple[str, ...],
         tables: Tuple[str, ...], config_file: Optional[str], isolated: bool,
         extend_exclude: Tuple[str, ...], force_exclude: Optional[bool],
         no_respect_gitignore: bool, stdin_filename: Optional[str], fail_on: Optional[str],
         fail_within: Optional[int], exit_zero: bool, statistics: bool, quiet: bool,
         no_color: bool, jobs: int, no_cache: bool, cache_dir: Optional[str],
         max_file_size: Optional[int]) -> None:
    """Report (and with --fix, rewrite) legacy models and API calls under PATHS.

    `-` reads one source from stdin: findings are reported, or with --fix the fixed source is
    written to stdout and the remaining findings to stderr.
    """
    from gptmigrate.engine import Mode
    from gptmigrate.types import Severity

    paths = paths or (("-",) if stdin_filename else (".",))  # as ruff: a name implies stdin
    from_stdin = paths == ("-",)
    if "-" in paths and not from_stdin:
        raise _fail("`-` (stdin) cannot be combined with other paths")
    if statistics and output_format not in ("text", "concise", "json"):
        raise _fail("--statistics works with --format text, concise or json")
    if add_noqa:
        clashing = [flag for flag, given in (("--fix", fix), ("--diff", diff),
                                             ("--unsafe-fixes", unsafe_fixes),
                                             ("--statistics", statistics),
                                             ("--show-fixes", show_fixes)) if given]
        if clashing:
            raise _fail(f"--add-noqa cannot be combined with {clashing[0]}")
        if from_stdin:
            raise _fail("--add-noqa writes files: give paths, not `-` (stdin)")
    overrides: Dict[str, Any] = {
        "as_of": as_of,
        "select": _codes(select),
        "extend_select": _codes(extend_select),
        "ignore": _codes(ignore),
        "providers": _codes(providers),
        "tables": tables,
        "extend_exclude": extend_exclude,
        "force_exclude": force_exclude,
        "respect_gitignore": False if no_respect_gitignore else None,
        "fail_on": Severity(fail_on) if fail_on else None,
        "fail_within": fail_within,
        "max_file_size": max_file_size,
    }
    config_paths = [stdin_filename] if from_stdin and stdin_filename else list(paths)
    settings = _settings(config_paths, config_file, isolated, overrides)
    context = _context(settings)
    age = _table_age(context.table, quiet)
    # As in ruff: --unsafe-fixes widens what --fix / --diff apply; it never writes on its own.
    mode = Mode.NOQA if add_noqa else Mode.DIFF if diff else Mode.FIX if fix else Mode.CHECK
    if from_stdin:
        results = [_scan_stdin(stdin_filename or "-", context, mode, unsafe_fixes)]
    else:
        cache = None
        if not no_cache and mode == Mode.CHECK:
            from gptmigrate.cache import ResultCache, default_cache_dir

            folder = Path(cache_dir) if cache_dir else default_cache_dir(settings)
            cache = ResultCache(folder, settings)
        results = _scan_paths(list(paths), context, mode, unsafe_fixes, quiet, jobs or None,
                              cache)

    if mode == Mode.NOQA:
        raise click.exceptions.Exit(_report_noqa(results, _run_info(settings, context, mode,
                                                                   False, age), quiet))
    info = _run_info(settings, context, mode, unsafe_fixes, age)
    fixed_to_stdout = from_stdin and mode == Mode.FIX
    changed = _write_outputs(results, info, context, output_format, output_file,
                             statistics=statistics, quiet=quiet, no_color=no_color,
                             diff=mode == Mode.DIFF, report_to_stderr=fixed_to_stdout)
    if show_fixes:
        from gptmigrate import report

        report.write_fixes(results, sys.stderr if fixed_to_stdout or output_format not in (
            "text", "concise") else sys.stdout, unsafe_fixes)
    raise click.exceptions.Exit(_exit_code(results, settings, changed, exit_zero))


def _report_noqa(results, info, quiet: bool) -> int:
    """`--add-noqa`'s report: errors, any finding no comment could go with, then how many
    comments were added (stderr, as ruff says it). 0 when every finding got its comment."""
    from gptmigrate import report

    report.write_errors(results, sys.stderr)
    left = [r for r in results if r.findings]
    if left:
        report.write_report("text", left, info, sys.stdout, quiet=True)
        count = sum(len(r.findings) for r in left)
        click.echo(f"{count} finding{'s' * (count != 1)} could not take a comment: neither "
                   f"{'their' if count != 1 else 'its'} first nor last line can end in one "
                   f"(inside a string, or a backslash continuation), or the kind of file has "
                   f"no comment written yet; suppress {'them' if count != 1 else 'it'} by hand",
                   err=True)
    added = sum(r.fixes_applied for r in results if r.changed)
    files = sum(1 for r in results if r.changed)
    if not quiet or added:
        click.echo(f"Added {added} suppression comment{'s' * (added != 1)}"
                   f"{f' in {files} file' + 's' * (files != 1) if added else ''}.", err=True)
    return EXIT_FINDINGS if left or any(r.errors for r in results) else EXIT_CLEAN


def _scan_paths(paths: List[str], context, mode, unsafe: bool, quiet: bool,
                jobs: Optional[int] = None, cache=None):
    """Scan files and folders, with a progress bar on stderr for a person at a terminal."""
    import os

    from gptmigrate import report
    from gptmigrate.engine import run

    if quiet or not report.progress_wanted(sys.stderr, os.environ):
        return run(paths, context, mode, unsafe=unsafe, jobs=jobs, cache=cache)
    with report.Progress(sys.stderr) as bar:
        return run(paths, context, mode, unsafe=unsafe, progress=bar.update, jobs=jobs,
                   cache=cache)


def _scan_stdin(name: str, context, mode, unsafe: bool):
    """One source from stdin; with --fix its fixed bytes go to stdout (an editor's buffer)."""
    from gptmigrate.discover import excluded
    from gptmigrate.engine import Mode, process_text
    from gptmigrate.files import SourceError, decode, encode
    from gptmigrate.types import FileResult

    data = sys.stdin.buffer.read()
    out = sys.stdout.buffer
    try:
        decoded = decode(data)
    except SourceError as exc:
        if mode == Mode.FIX:
            out.write(data)
        raise _fail(f"{name}: cannot decode: {exc}") from None
    if name != "-" and context.settings.force_exclude and excluded(name, context.settings):
        result = FileResult(path=name, original=decoded.text)
    else:
        result = process_text(decoded.text, name, context, mode, unsafe)
    if mode == Mode.FIX:
        out.write(encode(decoded, result.fixed) if result.fixed is not None else data)
        out.flush()
    return result


def _table_age(table, quiet: bool = False):
    """The table's age; a stale table is said in one line on stderr unless --quiet."""
    from gptmigrate.freshness import table_age

    try:
        age = table_age(table.checked)
    except ValueError as exc:
        raise _fail(str(exc)) from None
    if age is not None and age.notice and not quiet:
        click.echo(f"gptmigrate: warning: {age.notice}", err=True)
    return age


def _run_info(settings, context, mode, unsafe_fixes: bool, age=None):
    from gptmigrate import report

    return report.RunInfo(
        as_of=settings.as_of.isoformat(),
        table_checked=context.table.checked.isoformat() if context.table.checked else "",
        mode=mode.value,
        unsafe_fixes=unsafe_fixes,
        table_age_days=age.days if age is not None else None,
        table_notice=age.notice if age is not None else None,
    )


def _write_outputs(results, info, context, output_format: str, output_file: Optional[str], *,
                   statistics: bool, quiet: bool, no_color: bool, diff: bool,
                   report_to_stderr: bool) -> int:
    """Errors to stderr, then the report (or statistics, or the diff); returns files changed."""
    from gptmigrate import report

    def shutdown_of(model: str) -> Optional[str]:
        row = context.table.get(model)
        return row.shutdown.isoformat() if row is not None and row.shutdown else None

    default_out = sys.stderr if report_to_stderr else sys.stdout
    try:
        out = open(output_file, "w", encoding="utf-8") if output_file else default_out
    except OSError as exc:
        raise _fail(f"cannot write {output_file}: {exc.strerror or exc}") from None
    try:
        report.write_errors(results, sys.stderr)
        changed = 0
        if diff:
            changed = report.write_diff(results, out if output_format in ("text", "concise")
                                        else sys.stderr)
        if statistics:
            report.write_statistics(report.statistics(results, shutdown_of), info, out,
                                    as_json=output_format == "json")
        elif output_format in report.MACHINE_FORMATS or not diff:
            color = False if (no_color or output_file) else None
            report.write_report(output_format, results, info, out, color=color, quiet=quiet)
    finally:
        if output_file:
            out.close()
    return changed


def _exit_code(results, settings, changed: int, exit_zero: bool) -> int:
    # A file that was read and decoded counts as scanned even if it does not parse.
    scanned_any = any(not r.errors or r.original is not None for r in results)
    if results and not scanned_any:
        return EXIT_ERROR
    if exit_zero:
        return EXIT_CLEAN
    failing = [f for r in results for f in r.findings if _fails(f, settings)]
    if failing or changed or any(e.kind == "error" for r in results for e in r.errors):
        return EXIT_FINDINGS
    return EXIT_CLEAN


def _fails(finding, settings) -> bool:
    """At or above --fail-on, or (with --fail-within) a shutdown at most that many days away."""
    if finding.severity.rank >= settings.fail_on.rank:
        return True
    if settings.fail_within is None or not finding.shutdown:
        return False
    days_left = (_dt.date.fromisoformat(finding.shutdown) - settings.as_of).days
    return days_left <= settings.fail_within


def _row_dict(row, as_of: _dt.date) -> Dict[str, Any]:
    replacement = row.replacement_as_of(as_of)
    return {
        "name": row.name,
        "provider": row.provider,
        "api": row.api,
        "announced": row.announced.isoformat() if row.announced else None,
        "shutdown": row.shutdown.isoformat() if row.shutdown else None,
        "replacement": replacement.model if replacement else None,
        "source": row.source,
        "confidence": row.confidence,
        "alias_of": row.alias_of,
        "status": row.status(as_of),
    }


@main.command()
@click.option("--provider", "providers", multiple=True, metavar="NAMES",
              help="Only these providers' rows (openai, anthropic, google, vertex, azure).")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text")
@click.option("--as-of", callback=_date, metavar="YYYY-MM-DD",
              help="Status and replacement as of this day (default: today).")
@click.option("--table", "tables", multiple=True, type=click.Path(dir_okay=False),
              help="Extra migration table over the shipped one (repeatable).")
def models(providers: Tuple[str, ...], output_format: str, as_of: Optional[_dt.date],
           tables: Tuple[str, ...]) -> None:
    """List the rows of the migration table."""
    from gptmigrate import report
    from gptmigrate.table import PROVIDERS, TableError, load_table

    try:
        table = load_table(tables)
    except TableError as exc:
        raise _fail(str(exc)) from None
    day = as_of or _dt.date.today()
    wanted = set(_codes(providers))
    unknown = wanted - set(PROVIDERS)
    if unknown:
        raise _fail(f"unknown provider {sorted(unknown)[0]!r} (one of {', '.join(PROVIDERS)})")
    rows = [_row_dict(row, day) for row in table.entries.values()
            if not row.current and (not wanted or row.provider in wanted)]
    if output_format == "json":
        click.echo(json.dumps(rows, indent=2))
    else:
        age = _table_age(table)
        report.format_models(rows, sys.stdout, age)


@main.command()
@click.argument("model")
@click.option("--as-of", callback=_date, metavar="YYYY-MM-DD")
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text")
@click.option("--table", "tables", multiple=True, type=click.Path(dir_okay=False))
@click.option("--provider", metavar="NAME",
              help="Whose row to explain when several providers share the id (default: "
              "openai, anthropic, google, vertex, then azure).")
@click.option("--config", "config_file", type=click.Path(dir_okay=False))
@click.option("--isolated", is_flag=True)
def explain(model: str, as_of: Optional[_dt.date], output_format: str, tables: Tuple[str, ...],
            provider: Optional[str], config_file: Optional[str], isolated: bool) -> None:
    """Show the replacement chain of MODEL with dates and sources, and what a fix would do."""
    from gptmigrate import report

    settings = _settings(["."], config_file, isolated, {"as_of": as_of, "tables": tables})
    context = _context(settings)
    table = context.table
    row = table.get(model, provider)
    tuned = None
    if row is None:
        # A fine-tuned id (ft:<base>:..., <base>:ft-...) or a provider-prefixed one, as scan
        # matches them.
        from gptmigrate.matching import ModelMatcher

        tuned = ModelMatcher(table, [provider] if provider else None).match(model)
        row = tuned.row if tuned is not None else None
    if row is None:
        where = f" for provider {provider}" if provider else ""
        raise _fail(f"{model} is not in the migration table{where} (see `gptmigrate models`)")
    resolution = table.resolve(row.name, settings.as_of, settings.targets, provider=row.provider)
    chain = [_row_dict(step, settings.as_of) for step in resolution.chain]
    data = {
        "name": model,
        "provider": row.provider,
        "as_of": settings.as_of.isoformat(),
        "chain": chain,
        "target": resolution.target,
        "action": resolution.action,
        "fix_safety": resolution.fix_safety.value if resolution.fix_safety else None,
        "reason": resolution.reason,
    }
    if tuned is not None and tuned.fine_tuned:
        # A fine-tuned model retires on its own day and cannot be renamed: train again.
        own = table.fine_tuned_row(row, tuned.legacy_tune)
        chain[0] = {**_row_dict(own, settings.as_of), "name": model, "fine_tuned_on": row.name}
        served = own.status(settings.as_of) in ("current", "legacy")
        data.update(action="none" if served else "manual",
                    target=None if served else resolution.target,
                    fix_safety=None if served else "manual",
                    reason="still served" if served else
                    "fine-tuned models cannot be renamed: fine-tune a served model again"
                    + (f" (e.g. {resolution.target})" if resolution.target else ""))
    if output_format == "json":
        click.echo(json.dumps(data, indent=2))
    else:
        _table_age(table)
        report.format_explain(data, sys.stdout)


@main.command()
def server() -> None:
    """Run the language server (LSP) on stdin/stdout, for editors (needs gptmigrate[server])."""
    try:
        from gptmigrate.server import serve
    except ImportError as exc:
        if (exc.name or "").split(".")[0] not in ("pygls", "lsprotocol", "cattrs", "attrs"):
            raise
        raise _fail("the language server needs pygls: pip install 'gptmigrate[server]'") from None
    serve()


@main.command()
@click.argument("code", required=False)
@click.option("--all", "show_all", is_flag=True, help="Document every rule.")
def rule(code: Optional[str], show_all: bool) -> None:
    """Explain a rule: what it finds, why, an example, what to use instead, fix safety."""
    from gptmigrate import report
    from gptmigrate.rules import RULES, get_rule

    codes: List[str] = [r.code for r in RULES] if show_all else [code] if code else []
    if not codes:
        raise _fail("give a rule code (e.g. GM001) or --all")
    for index, each in enumerate(codes):
        if get_rule(each) is None:
            raise _fail(f"unknown rule {each!r}")
        if index:
            click.echo()
        report.format_rule(each, sys.stdout)
