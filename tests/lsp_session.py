"""A real LSP client (pygls's) driving `gptmigrate server` as a subprocess over stdio."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Sequence

from lsprotocol import types
from pygls.lsp.client import LanguageClient

TIMEOUT = 60.0  # seconds for anything the server owes us: generous on a busy 2-core machine


class Session:
    """The client side: what the server published, logged and showed, and helpers to talk."""

    def __init__(self) -> None:
        self.client = LanguageClient("gptmigrate-tests", "1")
        self.published: Dict[str, List[types.PublishDiagnosticsParams]] = {}
        self.events: List[str] = []  # "diagnostics <uri>", in order of arrival
        self.logs: List[str] = []
        self.shown: List[str] = []
        self.versions: Dict[str, int] = {}

        @self.client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def _diagnostics(params: types.PublishDiagnosticsParams) -> None:
            self.published.setdefault(params.uri, []).append(params)
            self.events.append(f"diagnostics {params.uri}")

        @self.client.feature(types.WINDOW_LOG_MESSAGE)
        def _log(params: types.LogMessageParams) -> None:
            self.logs.append(params.message)

        @self.client.feature(types.WINDOW_SHOW_MESSAGE)
        def _show(params: types.ShowMessageParams) -> None:
            self.shown.append(params.message)

    async def start(self, command: Sequence[str], root: Path,
                    env: Optional[Dict[str, str]] = None) -> types.InitializeResult:
        await self.client.start_io(*command, cwd=str(root), env=env)
        result = await asyncio.wait_for(self.client.initialize_async(types.InitializeParams(
            process_id=None, root_uri=root.as_uri(),
            capabilities=types.ClientCapabilities(
                text_document=types.TextDocumentClientCapabilities(
                    code_action=types.CodeActionClientCapabilities(
                        code_action_literal_support=types.ClientCodeActionLiteralOptions(
                            code_action_kind=types.ClientCodeActionKindOptions(
                                value_set=[types.CodeActionKind.QuickFix,
                                           types.CodeActionKind.SourceFixAll]))),
                    publish_diagnostics=types.PublishDiagnosticsClientCapabilities()),
                notebook_document=types.NotebookDocumentClientCapabilities(
                    synchronization=types.NotebookDocumentSyncClientCapabilities())))),
            TIMEOUT)
        self.client.initialized(types.InitializedParams())
        return result

    def open(self, uri: str, text: str, language: str = "python") -> None:
        self.versions[uri] = 1
        self.client.text_document_did_open(types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri, language_id=language, version=1,
                                                 text=text)))

    def change(self, uri: str, text: str) -> None:
        self.versions[uri] += 1
        self.client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri,
                                                                version=self.versions[uri]),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)]))

    async def diagnostics(self, uri: str, count: int = 1) -> List[types.Diagnostic]:
        """The diagnostics of the `count`-th publication for `uri` (waits for it)."""
        await self.until(lambda: len(self.published.get(uri, ())) >= count,
                         f"publication {count} for {uri}")
        return list(self.published[uri][count - 1].diagnostics)

    async def until(self, condition: Callable[[], bool], what: str) -> None:
        deadline = time.monotonic() + TIMEOUT
        while not condition():
            if time.monotonic() > deadline:
                raise AssertionError(f"the server never sent {what}")
            await asyncio.sleep(0.02)

    async def actions(self, uri: str, line: int, only: Optional[List[str]] = None,
                      ) -> List[types.CodeAction]:
        position = types.Position(line=line, character=0)
        result = await asyncio.wait_for(self.client.text_document_code_action_async(
            types.CodeActionParams(
                text_document=types.TextDocumentIdentifier(uri=uri),
                range=types.Range(start=position, end=position),
                context=types.CodeActionContext(diagnostics=[], only=only))), TIMEOUT)
        return [a for a in result or () if isinstance(a, types.CodeAction)]

    async def stop(self) -> Optional[int]:
        """shutdown, exit; the server's exit code."""
        await asyncio.wait_for(self.client.shutdown_async(None), TIMEOUT)
        self.client.exit(None)
        await asyncio.wait_for(self.client.stop(), TIMEOUT)
        server: Any = self.client._server  # the subprocess pygls started
        return server.returncode if server is not None else None


def apply(text: str, edits: Sequence[types.TextEdit]) -> str:
    """What an editor does with a code action's edits (UTF-16 columns; ASCII texts here)."""
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def offset(position: types.Position) -> int:
        return starts[position.line] + position.character if position.line < len(lines) \
            else len(text)

    for edit in sorted(edits, key=lambda e: offset(e.range.start), reverse=True):
        text = text[:offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end):]
    return text


__all__ = ["Session", "apply"]
