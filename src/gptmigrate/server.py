"""`gptmigrate server`: the Language Server Protocol over stdio, on pygls.

A thin adapter: each buffer goes through the engine's own entry (`engine.process_document`)
with the settings `scan` would use for its path (pyproject.toml from the file's folder up, the
same table, the same suppressions), and findings become diagnostics; fixes and suppression
comments become code actions. A notebook the client syncs as a notebook document is written
out as the .ipynb it stands for and read by the same entry, so its cells are read exactly as
`scan` reads them.

Responsive by construction: every check runs on a worker thread, never on the loop that answers
requests; a document has at most one check running, and the edits made meanwhile are checked
once after it (the latest text wins). A buffer that does not parse keeps the diagnostics of the
last version that did and logs one line; a check that fails is logged and the server goes on.
"""

from __future__ import annotations

import asyncio
import io
import json
import logging
import os
import threading
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Set, Tuple

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from gptmigrate import __version__
from gptmigrate.config import ConfigError, load_settings
from gptmigrate.discover import excluded, readable
from gptmigrate.engine import Context, Mode, build_context, may_hold_findings, process_document
from gptmigrate.fix import allowed
from gptmigrate.freshness import table_age
from gptmigrate.magics import mask_cell
from gptmigrate.noqa import suppression_edits, writes_comments
from gptmigrate.notebook import NotebookError, read_cells
from gptmigrate.rules import get_rule
from gptmigrate.table import TableError
from gptmigrate.types import Edit, Finding, FixSafety, Severity

FIX_ALL = f"{types.CodeActionKind.SourceFixAll.value}.gptmigrate"
CHECK_THREADS = 2  # a slow buffer holds one; the other keeps every other buffer checked
KEPT_CONTEXTS = 8  # distinct settings (projects, days, local tables) kept built
_SEVERITY = {Severity.ERROR: types.DiagnosticSeverity.Error,
             Severity.WARNING: types.DiagnosticSeverity.Warning,
             Severity.INFO: types.DiagnosticSeverity.Information}
log = logging.getLogger("gptmigrate.server")


# -- what is checked ----------------------------------------------------------------------------

@dataclass(frozen=True)
class CellText:
    """One cell of a synced notebook: its document and text; `code` if a Python code cell."""

    uri: str
    text: str
    code: bool


@dataclass(frozen=True)
class Snapshot:
    """A document's text at one version: a text document, or a notebook's cells."""

    uri: str
    version: Optional[int]
    path: str  # the file's path (a made-up one beside the workspace for an unsaved buffer)
    text: str = ""  # a text document's text; a notebook's JSON
    cells: Optional[Tuple[CellText, ...]] = None  # every cell of a notebook, in order

    def cell(self, number: Optional[int]) -> Optional[CellText]:
        """The cell `scan` numbers `number` (1-based among all cells)."""
        if self.cells is None or number is None or not 1 <= number <= len(self.cells):
            return None
        return self.cells[number - 1]


@dataclass
class Analysis:
    """What a check of one snapshot found (a notebook's findings carry their cell)."""

    snapshot: Snapshot
    ctx: Optional[Context] = None
    findings: Tuple[Finding, ...] = ()
    problem: Optional[str] = None  # the one line to log: no parse, no configuration ...
    parsed: bool = True
    stale: bool = False  # did not parse: shows the findings of the last version that did


def notebook_json(cells: Sequence[CellText], metadata: object) -> str:
    """The .ipynb a synced notebook stands for: every cell in its place (so cell numbers are
    scan's), the cells the client did not sync as Python as raw cells."""
    return json.dumps({
        "cells": [{"cell_type": "code", "execution_count": None, "metadata": {},
                   "outputs": [], "source": cell.text} if cell.code else
                  {"cell_type": "raw", "metadata": {}, "source": cell.text} for cell in cells],
        "metadata": _kernel_metadata(metadata),
        "nbformat": 4, "nbformat_minor": 5})


def _kernel_metadata(metadata: object) -> Dict[str, object]:
    """The kernel facts of the notebook's metadata (top level, or VS Code's `custom`)."""
    if not isinstance(metadata, dict):
        return {}
    custom = metadata.get("custom")
    inner = custom.get("metadata") if isinstance(custom, dict) else None
    for source in (metadata, inner):
        if isinstance(source, dict):
            kept = {k: source[k] for k in ("kernelspec", "language_info") if k in source}
            if kept:
                return kept
    return {}


class _Contexts:
    """A run context per distinct settings (and local table files' modification times): the
    table and matchers are built once, not per keystroke."""

    def __init__(self) -> None:
        self._built: Dict[str, Context] = {}
        self._lock = threading.Lock()

    def for_path(self, path: str) -> Context:
        folder = Path(path).parent
        settings = load_settings([str(folder if folder.is_dir() else Path.cwd())])
        key = repr(settings) + repr([_mtime(table) for table in settings.tables])
        with self._lock:
            ctx = self._built.get(key)
        if ctx is None:
            ctx = build_context(settings)
            with self._lock:
                self._built[key] = ctx
                while len(self._built) > KEPT_CONTEXTS:  # the oldest settings go first
                    del self._built[next(iter(self._built))]
        return ctx


def _mtime(path: str) -> Optional[float]:
    try:
        return os.stat(path).st_mtime
    except OSError:
        return None


def analyse(snapshot: Snapshot, contexts: _Contexts) -> Analysis:
    """Check one snapshot as `scan` checks that file (runs on a worker thread)."""
    analysis = Analysis(snapshot)
    try:
        ctx = contexts.for_path(snapshot.path)
    except (ConfigError, TableError) as exc:
        analysis.problem, analysis.parsed = str(exc), False
        return analysis
    analysis.ctx = ctx
    if excluded(snapshot.path, ctx.settings):
        return analysis
    if not may_hold_findings(snapshot.path, snapshot.text.encode("utf-8", "surrogatepass"), ctx):
        return analysis  # as scan: nothing here can be a finding
    result = process_document(snapshot.path, snapshot.text, ctx, Mode.CHECK)
    analysis.findings = result.findings
    if result.errors:
        analysis.problem = result.errors[0].message
        # a notebook cell that does not parse leaves the other cells read
        analysis.parsed = snapshot.cells is not None and not any(
            error.whole_file for error in result.errors)
    return analysis


# -- positions ----------------------------------------------------------------------------------

def _lines(text: str) -> List[str]:
    return io.StringIO(text).readlines() or [""]


class _Where:
    """Positions in one document's text, in the units the client asked for."""

    def __init__(self, server: LanguageServer, text: str) -> None:
        self.codec = server.workspace.position_codec
        self.lines = _lines(text)

    def position(self, line: int, column: int) -> types.Position:
        """A 1-based line and character column (a finding's) as an LSP position."""
        return self.codec.position_to_client_units(
            self.lines, types.Position(line=max(line - 1, 0), character=max(column - 1, 0)))

    def range(self, start, end) -> types.Range:
        return types.Range(start=self.position(start.line, start.column),
                           end=self.position(end.line, end.column))

    def edit(self, edit: Edit) -> types.TextEdit:
        return types.TextEdit(range=self.range(edit.start_pos, edit.end_pos),
                              new_text=edit.content)

    def offset(self, offset: int, text: str) -> types.Position:
        line = text.count("\n", 0, offset)
        return self.position(line + 1, offset - (text.rfind("\n", 0, offset) + 1) + 1)


def diagnostic(finding: Finding, where: _Where) -> types.Diagnostic:
    rule = get_rule(finding.code)
    return types.Diagnostic(
        range=where.range(finding.start, finding.end),
        message=finding.message,
        severity=_SEVERITY[finding.severity],
        code=finding.code,
        code_description=types.CodeDescription(href=rule.url) if rule is not None else None,
        source="gptmigrate",
    )


def replace_all(old: str, new: str, where: _Where) -> types.TextEdit:
    """One edit that turns `old` into `new`: the span between their common ends."""
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    end = 0
    while end < limit - start and old[len(old) - 1 - end] == new[len(new) - 1 - end]:
        end += 1
    return types.TextEdit(
        range=types.Range(start=where.offset(start, old), end=where.offset(len(old) - end, old)),
        new_text=new[start:len(new) - end])


# -- the server ---------------------------------------------------------------------------------

class GptmigrateServer(LanguageServer):
    """The server's state: the latest analysis per document, the checks in flight."""

    def __init__(self) -> None:
        super().__init__(
            "gptmigrate", __version__,
            text_document_sync_kind=types.TextDocumentSyncKind.Incremental,
            notebook_document_sync=types.NotebookDocumentSyncOptions(
                # every notebook type ("*"), Python cells only
                notebook_selector=[types.NotebookDocumentFilterWithNotebook(
                    notebook="*", cells=[types.NotebookCellLanguage(language="python")])],
                save=True))
        self.contexts = _Contexts()
        self.checks = ThreadPoolExecutor(CHECK_THREADS, thread_name_prefix="gptmigrate-check")
        self.analyses: Dict[str, Analysis] = {}
        self.running: Dict[str, "asyncio.Task[None]"] = {}
        self.again: Set[str] = set()
        self.logged: Dict[str, str] = {}

    # snapshots of the workspace (on the loop thread)

    def snapshot(self, uri: str) -> Optional[Snapshot]:
        notebook = self.workspace.get_notebook_document(notebook_uri=uri)
        if notebook is not None:
            cells: List[CellText] = []
            for cell in notebook.cells:
                document = self.workspace.text_documents.get(cell.document)
                text = document.source if document is not None else ""
                code = (cell.kind == types.NotebookCellKind.Code and document is not None
                        and (document.language_id or "python") == "python")
                cells.append(CellText(cell.document, text, code))
            path = self._path(uri, ".ipynb")
            if not path.endswith(".ipynb"):
                path += ".ipynb"  # the engine reads it as the notebook it is
            return Snapshot(uri, notebook.version, path,
                            notebook_json(cells, notebook.metadata), tuple(cells))
        document = self.workspace.text_documents.get(uri)
        if document is None:
            return None
        on_disk = uri.startswith("file:")
        path = self._path(uri, ".py")
        if path.endswith(".ipynb") or not (
                document.language_id == "python" or on_disk and readable(os.path.basename(path))):
            return None  # a notebook is read through notebook sync, as cells
        return Snapshot(uri, document.version, path, text=document.source)

    def _path(self, uri: str, suffix: str) -> str:
        path = to_fs_path(uri) if uri.startswith("file:") else None
        if path:
            return path
        root = self.workspace.root_path or os.getcwd()
        return os.path.join(root, f"untitled{suffix}")

    # checking

    def schedule(self, uri: str) -> None:
        """Check `uri` now, or once the check in flight ends (the latest text wins)."""
        if uri in self.running:
            self.again.add(uri)
            return
        self.running[uri] = asyncio.get_running_loop().create_task(self._check(uri))

    async def _check(self, uri: str) -> None:
        loop = asyncio.get_running_loop()
        try:
            while True:
                self.again.discard(uri)
                snapshot = self.snapshot(uri)
                if snapshot is None:
                    return
                try:
                    analysis = await loop.run_in_executor(self.checks, analyse, snapshot,
                                                          self.contexts)
                except Exception as exc:  # noqa: BLE001 - one buffer must not stop the server
                    analysis = Analysis(snapshot, problem=f"internal error: "
                                        f"{type(exc).__name__}: {exc}", parsed=False)
                if uri not in self.again:
                    self._settle(uri, analysis)
                    return
        finally:
            self.running.pop(uri, None)

    def _settle(self, uri: str, analysis: Analysis) -> None:
        """Keep the analysis and publish it; a buffer that does not parse keeps what the last
        version that did published, and its reason is logged once."""
        previous = self.analyses.get(uri)
        self.analyses[uri] = analysis
        if analysis.problem is not None:
            self._log_once(uri, f"{analysis.snapshot.path}: {analysis.problem}")
        else:
            self.logged.pop(uri, None)
        if analysis.ctx is None:
            return  # no settings or table to check with: what is shown stays
        if not analysis.parsed and previous is not None and (previous.parsed or previous.stale):
            analysis.findings, analysis.stale = previous.findings, True  # what stays on screen
            return
        self._publish(analysis)

    def _log_once(self, uri: str, message: str) -> None:
        if self.logged.get(uri) == message:
            return
        self.logged[uri] = message
        log.warning(message)
        self.window_log_message(types.LogMessageParams(type=types.MessageType.Warning,
                                                       message=f"gptmigrate: {message}"))

    def _publish(self, analysis: Analysis) -> None:
        snapshot = analysis.snapshot
        if snapshot.cells is None:
            where = _Where(self, snapshot.text)
            self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
                uri=snapshot.uri, version=snapshot.version,
                diagnostics=[diagnostic(f, where) for f in analysis.findings]))
            return
        by_cell: Dict[str, List[types.Diagnostic]] = {cell.uri: [] for cell in snapshot.cells}
        for finding in analysis.findings:
            cell = snapshot.cell(finding.cell)
            if cell is not None:
                by_cell[cell.uri].append(diagnostic(finding, _Where(self, cell.text)))
        for uri, diagnostics in by_cell.items():
            self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
                uri=uri, diagnostics=diagnostics))

    def clear(self, uris: Iterable[str]) -> None:
        for uri in uris:
            self.analyses.pop(uri, None)
            self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(
                uri=uri, diagnostics=[]))

    async def current(self, uri: str) -> Optional[Analysis]:
        """The analysis of the document's current text: waits for the check in flight (other
        requests are answered meanwhile), or checks now."""
        while uri in self.running:
            await asyncio.shield(self.running[uri])
        snapshot = self.snapshot(uri)
        if snapshot is None:
            return None
        analysis = self.analyses.get(uri)
        if analysis is not None and analysis.snapshot == snapshot and not analysis.stale:
            return analysis
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.checks, analyse, snapshot, self.contexts)

    def owner(self, uri: str) -> str:
        """The document whose analysis covers `uri`: its notebook for a cell."""
        notebook = self.workspace.get_notebook_document(cell_uri=uri)
        return notebook.uri if notebook is not None else uri


# -- code actions -------------------------------------------------------------------------------

def _overlaps(finding: Finding, selection: types.Range) -> bool:
    return finding.start.line - 1 <= selection.end.line and \
        finding.end.line - 1 >= selection.start.line


def _wanted(kind: str, only: Optional[Sequence[str]]) -> bool:
    return not only or any(kind == k or kind.startswith(f"{k}.") for k in only)


def code_actions(server: GptmigrateServer, analysis: Analysis, uri: str,
                 params: types.CodeActionParams) -> List[types.CodeAction]:
    """Quick fixes (safe: preferred; unsafe: marked), "ignore this finding", fix-all."""
    only = params.context.only
    actions: List[types.CodeAction] = []
    text = _text_of(analysis.snapshot, uri)
    if text is None:
        return actions
    if _wanted(types.CodeActionKind.QuickFix, only):
        for finding in _findings_at(analysis, uri, params.range):
            actions.extend(_finding_actions(server, analysis, uri, text, finding))
    if _wanted(FIX_ALL, only) and analysis.ctx is not None:
        edit = _fix_all(server, analysis)
        if edit is not None:
            actions.append(types.CodeAction(title="gptmigrate: apply every safe fix",
                                            kind=FIX_ALL, edit=edit))
    return actions


def _text_of(snapshot: Snapshot, uri: str) -> Optional[str]:
    """The text of the document `uri` names: the snapshot's, or one of its cells'."""
    if snapshot.cells is None:
        return snapshot.text
    return next((cell.text for cell in snapshot.cells if cell.uri == uri), None)


def _findings_at(analysis: Analysis, uri: str, selection: types.Range) -> List[Finding]:
    snapshot = analysis.snapshot
    return [f for f in analysis.findings if _overlaps(f, selection) and (
        snapshot.cells is None or (snapshot.cell(f.cell) or CellText("", "", False)).uri == uri)]


def _finding_actions(server: GptmigrateServer, analysis: Analysis, uri: str, text: str,
                     finding: Finding) -> List[types.CodeAction]:
    where = _Where(server, text)
    diagnostics = [diagnostic(finding, where)]
    actions: List[types.CodeAction] = []
    fix = finding.fix
    if fix is not None and fix.safety != FixSafety.MANUAL and (
            analysis.snapshot.cells is None or _inside(fix.edits, text)):
        safe = allowed(fix.safety, unsafe=False)
        title = f"{finding.code}: {fix.description}"
        if not safe:
            title += " (unsafe fix: changes what the code does; review it)"
        actions.append(types.CodeAction(
            title=title, kind=types.CodeActionKind.QuickFix, diagnostics=diagnostics,
            is_preferred=safe,
            edit=types.WorkspaceEdit(changes={uri: [where.edit(edit) for edit in fix.edits]})))
    suppress = _suppression(analysis.snapshot, text, finding)
    if suppress:
        actions.append(types.CodeAction(
            title=f"{finding.code}: ignore this finding (# gptmigrate: ignore[{finding.code}])",
            kind=types.CodeActionKind.QuickFix, diagnostics=diagnostics,
            edit=types.WorkspaceEdit(changes={uri: [where.edit(edit) for edit in suppress]})))
    return actions


def _inside(edits: Sequence[Edit], cell: str) -> bool:
    """Whether a notebook fix's edits all lie in this cell: their cell positions must span
    what their module offsets span (a fix reaching into another cell is left to fix-all)."""
    lines = _lines(cell)
    for edit in edits:
        spans = []
        for position in (edit.start_pos, edit.end_pos):
            if not 1 <= position.line <= len(lines) or \
                    position.column - 1 > len(lines[position.line - 1]):
                return False
            spans.append(sum(len(line) for line in lines[:position.line - 1])
                         + position.column - 1)
        if spans[1] - spans[0] != edit.end - edit.start:
            return False
    return True


def _suppression(snapshot: Snapshot, text: str, finding: Finding) -> List[Edit]:
    """The edit that writes the finding's suppression comment, if one can be written."""
    if snapshot.cells is not None:
        masked = mask_cell(text)  # IPython's lines as Python reads them, same length
        if masked.broken is not None:
            return []
        text = masked.text
    elif not writes_comments(snapshot.path):
        return []  # no suppression comment for this format yet
    edits, unplaced = suppression_edits(text, [finding])
    return [] if unplaced else edits


def _fix_all(server: GptmigrateServer, analysis: Analysis) -> Optional[types.WorkspaceEdit]:
    """Every safe fix, round after round as `scan --fix` applies them; None if none applies."""
    snapshot, ctx = analysis.snapshot, analysis.ctx
    assert ctx is not None
    if not any(f.fix is not None and f.fix.safety == FixSafety.SAFE for f in analysis.findings):
        return None
    result = process_document(snapshot.path, snapshot.text, ctx, Mode.FIX)
    if any(e.whole_file for e in result.errors) or not result.changed or result.fixed is None:
        return None
    if snapshot.cells is None:
        return types.WorkspaceEdit(changes={snapshot.uri: [
            replace_all(snapshot.text, result.fixed, _Where(server, snapshot.text))]})
    try:
        fixed = {cell.index: cell.source for cell in read_cells(result.fixed)}
    except NotebookError:
        return None
    changes: Dict[str, List[types.TextEdit]] = {}
    for number, cell in enumerate(snapshot.cells, 1):
        new = fixed.get(number, cell.text)
        if cell.code and new != cell.text:
            changes[cell.uri] = [replace_all(cell.text, new, _Where(server, cell.text))]
    return types.WorkspaceEdit(changes=changes) if changes else None


# -- wiring -------------------------------------------------------------------------------------

def make_server() -> GptmigrateServer:
    server = GptmigrateServer()

    @server.feature(types.INITIALIZED)
    async def initialized(ls: GptmigrateServer, params: types.InitializedParams) -> None:
        """Build the workspace's context ahead of the first buffer; say once if the table is
        stale."""
        anchor = os.path.join(ls.workspace.root_path or os.getcwd(), "untitled.py")
        try:
            ctx = await asyncio.get_running_loop().run_in_executor(
                ls.checks, ls.contexts.for_path, anchor)
            age = table_age(ctx.table.checked)
        except (ConfigError, TableError, ValueError) as exc:
            ls._log_once("", str(exc))
            return
        if age is not None and age.notice:
            ls.window_show_message(types.ShowMessageParams(
                type=types.MessageType.Warning, message=f"gptmigrate: {age.notice}"))

    @server.feature(types.TEXT_DOCUMENT_DID_OPEN)
    def did_open(ls: GptmigrateServer, params: types.DidOpenTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
    def did_change(ls: GptmigrateServer, params: types.DidChangeTextDocumentParams) -> None:
        ls.schedule(params.text_document.uri)

    @server.feature(types.TEXT_DOCUMENT_DID_SAVE)
    def did_save(ls: GptmigrateServer, params: types.DidSaveTextDocumentParams) -> None:
        uri = params.text_document.uri
        if uri.endswith(("pyproject.toml", ".yaml", ".yml", ".toml")):
            for each in list(ls.analyses):  # the settings or a local table may have changed
                ls.schedule(each)
        ls.schedule(uri)

    @server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
    def did_close(ls: GptmigrateServer, params: types.DidCloseTextDocumentParams) -> None:
        ls.clear([params.text_document.uri])

    @server.feature(types.NOTEBOOK_DOCUMENT_DID_OPEN)
    def notebook_open(ls: GptmigrateServer, params: types.DidOpenNotebookDocumentParams) -> None:
        ls.schedule(params.notebook_document.uri)

    @server.feature(types.NOTEBOOK_DOCUMENT_DID_CHANGE)
    def notebook_change(ls: GptmigrateServer,
                        params: types.DidChangeNotebookDocumentParams) -> None:
        structure = params.change.cells.structure if params.change.cells else None
        if structure is not None and structure.did_close:
            ls.clear(cell.uri for cell in structure.did_close)
        ls.schedule(params.notebook_document.uri)

    @server.feature(types.NOTEBOOK_DOCUMENT_DID_SAVE)
    def notebook_save(ls: GptmigrateServer, params: types.DidSaveNotebookDocumentParams) -> None:
        ls.schedule(params.notebook_document.uri)

    @server.feature(types.NOTEBOOK_DOCUMENT_DID_CLOSE)
    def notebook_close(ls: GptmigrateServer,
                       params: types.DidCloseNotebookDocumentParams) -> None:
        ls.analyses.pop(params.notebook_document.uri, None)
        ls.clear(cell.uri for cell in params.cell_text_documents)

    @server.feature(types.TEXT_DOCUMENT_CODE_ACTION, types.CodeActionOptions(
        code_action_kinds=[types.CodeActionKind.QuickFix, FIX_ALL]))
    async def code_action(ls: GptmigrateServer, params: types.CodeActionParams,
                          ) -> Optional[List[types.CodeAction]]:
        uri = params.text_document.uri
        analysis = await ls.current(ls.owner(uri))
        if analysis is None or analysis.ctx is None:
            return None
        loop = asyncio.get_running_loop()
        # fix-all and suppressions parse the text again: not on the loop either
        return await loop.run_in_executor(ls.checks, code_actions, ls, analysis, uri, params)

    @server.feature(types.SHUTDOWN)
    def shutdown(ls: GptmigrateServer, params: None) -> None:
        ls.checks.shutdown(wait=False, cancel_futures=True)

    return server


def serve() -> None:
    """Run the server on stdin and stdout until the client says exit."""
    logging.basicConfig(level=logging.WARNING, format="gptmigrate server: %(message)s")
    make_server().start_io()


__all__ = ["FIX_ALL", "GptmigrateServer", "analyse", "make_server", "serve"]
