"""`gptmigrate server`: real LSP exchanges over stdio with the console script as a subprocess.

Each test starts the server the way an editor does and speaks to it with pygls's client:
initialize, open, diagnostics, code actions, apply, change, shutdown, exit.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
from pathlib import Path
from typing import List

import pytest
from click.testing import CliRunner
from lsprotocol import types

from gptmigrate.cli import main
from gptmigrate.rules import get_rule
from lsp_session import Session, apply

# The console script an editor starts, installed beside this interpreter.
SERVER = [str(Path(sys.executable).parent / "gptmigrate"), "server"]
APP = ('import openai\n'
       'VISION = "gpt-4-vision-preview"\n'
       'CHAT = "gpt-3.5-turbo"\n'
       'LEGACY = "text-embedding-ada-002"\n')


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    """A project whose pyproject pins the day and ignores GM003: the server must read it."""
    (tmp_path / "pyproject.toml").write_text(
        '[tool.gptmigrate]\nas-of = "2026-11-23"\nignore = ["GM003"]\n')
    (tmp_path / "app.py").write_text(APP)
    return tmp_path


def run(coroutine) -> None:
    asyncio.run(asyncio.wait_for(coroutine, 240))


def by_title(actions: List[types.CodeAction], words: str) -> types.CodeAction:
    [action] = [a for a in actions if words in a.title]
    return action


def test_the_exchange_an_editor_has_with_the_server(project: Path):
    uri = (project / "app.py").as_uri()
    scanned = json.loads(CliRunner().invoke(
        main, ["scan", str(project / "app.py"), "--format", "json", "--no-cache"]).stdout)

    async def exchange() -> None:
        session = Session()
        init = await session.start(SERVER, project)
        assert init.server_info.name == "gptmigrate"
        kinds = init.capabilities.code_action_provider.code_action_kinds
        assert list(kinds) == ["quickfix", "source.fixAll.gptmigrate"]

        session.open(uri, APP)
        diagnostics = await session.diagnostics(uri)
        # the same findings as `scan`, with the same configuration (GM003 ignored by pyproject)
        assert [(d.range.start.line + 1, d.range.start.character + 1, d.code, d.message)
                for d in diagnostics] == [(f["line"], f["column"], f["code"], f["message"])
                                          for f in scanned["findings"]]
        assert [d.code for d in diagnostics] == ["GM001", "GM001"]
        first = diagnostics[0]
        assert first.severity == types.DiagnosticSeverity.Error
        assert first.source == "gptmigrate"
        assert first.code_description.href == get_rule("GM001").url
        assert (first.range.start.line, first.range.end.line) == (1, 1)

        # the safe fix is the preferred quick fix; the unsafe one is marked and never preferred
        vision = await session.actions(uri, 1)
        safe = by_title(vision, "Replace gpt-4-vision-preview with gpt-4o")
        assert (safe.kind, safe.is_preferred) == (types.CodeActionKind.QuickFix, True)
        assert safe.diagnostics[0].code == "GM001"
        by_title(vision, "ignore this finding")
        chat = await session.actions(uri, 2)
        unsafe = by_title(chat, "gpt-5.6-terra")
        assert "unsafe fix" in unsafe.title and not unsafe.is_preferred
        fix_all = await session.actions(uri, 0, only=["source.fixAll"])
        assert [a.kind for a in fix_all] == ["source.fixAll.gptmigrate"]

        # apply the safe fix as the editor would, and send the change
        text = apply(APP, safe.edit.changes[uri])
        assert text == APP.replace("gpt-4-vision-preview", "gpt-4o")
        session.change(uri, text)
        after = await session.diagnostics(uri, 2)
        assert [(d.code, d.range.start.line) for d in after] == [("GM001", 2)]
        assert await session.actions(uri, 0, only=["source.fixAll"]) == []  # nothing safe left

        # a buffer that does not parse (half-typed) clears nothing and logs one line, however
        # long it stays broken
        session.change(uri, text + 'MODEL = "text-davinci-003"\ndef broken(:\n')
        await session.until(lambda: any("syntax error" in m for m in session.logs), "a log")
        assert [m for m in session.logs if "syntax error" in m] == [
            f"gptmigrate: {project / 'app.py'}: syntax error at line 6, column 12: invalid "
            f"syntax; not fixed"]  # scan's words
        session.change(uri, text + "x = (\n")
        await session.until(lambda: any("never closed" in m for m in session.logs), "a log")
        assert len(session.published[uri]) == 2  # the GM001 on line 3 is still shown

        session.change(uri, text)
        assert await session.diagnostics(uri, 3) == after

        # "ignore this finding" writes the suppression comment; the next check is clean
        ignore = by_title(await session.actions(uri, 2), "ignore this finding")
        text = apply(text, ignore.edit.changes[uri])
        assert text.splitlines()[2] == \
            'CHAT = "gpt-3.5-turbo"  # gptmigrate: ignore[GM001]'
        session.change(uri, text)
        assert await session.diagnostics(uri, 4) == []

        # diagnostics follow every version that parses
        session.change(uri, text + 'MODEL = "text-davinci-003"\n')
        again = await session.diagnostics(uri, 5)
        assert [(d.code, d.range.start.line) for d in again] == [("GM001", 4)]
        session.client.text_document_did_save(types.DidSaveTextDocumentParams(
            text_document=types.TextDocumentIdentifier(uri=uri)))
        assert await session.diagnostics(uri, 6) == again  # and on save

        assert await session.stop() == 0

    run(exchange())


def test_fix_all_applies_every_safe_fix_round_by_round(project: Path):
    source = ('A = "gpt-4-vision-preview"\nB = "gpt-4-vision-preview"\n'
              'C = "text-search-ada-doc-001"\n')
    uri = (project / "many.py").as_uri()

    async def exchange() -> None:
        session = Session()
        await session.start(SERVER, project)
        session.open(uri, source)
        assert len(await session.diagnostics(uri)) == 3
        [fix_all] = await session.actions(uri, 0, only=["source.fixAll"])
        fixed = apply(source, fix_all.edit.changes[uri])
        assert fixed == source.replace("gpt-4-vision-preview", "gpt-4o")  # unsafe one stays
        session.change(uri, fixed)
        assert [d.code for d in await session.diagnostics(uri, 2)] == ["GM001"]
        assert await session.stop() == 0

    run(exchange())


def _cell(uri: str, text: str) -> types.TextDocumentItem:
    return types.TextDocumentItem(uri=uri, language_id="python", version=1, text=text)


def test_a_synced_notebook_is_read_as_scan_reads_its_cells(project: Path):
    """Cells are one module: the constant of cell 1 reaches the call in cell 3; diagnostics
    land on the cell that holds the finding, with lines inside that cell."""
    notebook = (project / "analysis.ipynb").as_uri()
    cells = [f"vscode-notebook-cell:{project / 'analysis.ipynb'}#{n}" for n in "abc"]
    texts = ['%pip install openai\nimport openai\nMODEL = "gpt-4-vision-preview"\n',
             None,  # a markdown cell
             'client = openai.OpenAI()\nclient.chat.completions.create(model=MODEL, '
             'messages=[])\n']

    async def exchange() -> None:
        session = Session()
        await session.start(SERVER, project)
        session.client.notebook_document_did_open(types.DidOpenNotebookDocumentParams(
            notebook_document=types.NotebookDocument(
                uri=notebook, notebook_type="jupyter-notebook", version=1,
                cells=[types.NotebookCell(kind=types.NotebookCellKind.Code, document=cells[0]),
                       types.NotebookCell(kind=types.NotebookCellKind.Markup,
                                          document=cells[1]),
                       types.NotebookCell(kind=types.NotebookCellKind.Code,
                                          document=cells[2])]),
            cell_text_documents=[
                _cell(cells[0], texts[0]),
                types.TextDocumentItem(uri=cells[1], language_id="markdown", version=1,
                                       text="# gpt-4-vision-preview notes\n"),
                _cell(cells[2], texts[2])]))
        first = await session.diagnostics(cells[0])
        assert [(d.code, d.range.start.line) for d in first] == [("GM001", 2)]
        assert await session.diagnostics(cells[2]) == []
        assert await session.diagnostics(cells[1]) == []  # prose is never a finding

        actions = await session.actions(cells[0], 2)
        safe = by_title(actions, "Replace gpt-4-vision-preview with gpt-4o")
        assert list(safe.edit.changes) == [cells[0]] and safe.is_preferred
        ignore = by_title(actions, "ignore this finding")
        assert apply(texts[0], ignore.edit.changes[cells[0]]).splitlines()[2] == \
            'MODEL = "gpt-4-vision-preview"  # gptmigrate: ignore[GM001]'
        [fix_all] = await session.actions(cells[0], 0, only=["source.fixAll"])
        assert list(fix_all.edit.changes) == [cells[0]]
        fixed = apply(texts[0], safe.edit.changes[cells[0]])

        session.client.notebook_document_did_change(types.DidChangeNotebookDocumentParams(
            notebook_document=types.VersionedNotebookDocumentIdentifier(uri=notebook, version=2),
            change=types.NotebookDocumentChangeEvent(cells=types.NotebookDocumentCellChanges(
                text_content=[types.NotebookDocumentCellContentChanges(
                    document=types.VersionedTextDocumentIdentifier(uri=cells[0], version=2),
                    changes=[types.TextDocumentContentChangeWholeDocument(text=fixed)])]))))
        assert await session.diagnostics(cells[0], 2) == []
        assert await session.stop() == 0

    run(exchange())


def test_a_slow_buffer_blocks_no_other_request_and_a_bad_one_kills_nothing(project: Path):
    """While a large buffer is being checked, a small one is checked and answered; a buffer
    nested too deeply to parse, or holding NUL bytes and lone surrogates, is one log line."""
    big = "import openai\n" + "".join(
        f'def f{n}(client):\n    return client.chat.completions.create('
        f'model="gpt-4-vision-preview", messages=[{{"role": "user", "content": "{n}"}}])\n'
        for n in range(6000))
    slow, quick = (project / "big.py").as_uri(), (project / "small.py").as_uri()
    deep, odd = (project / "deep.py").as_uri(), (project / "odd.py").as_uri()

    async def exchange() -> None:
        session = Session()
        await session.start(SERVER, project)
        session.open(slow, big)
        session.open(quick, 'M = "text-davinci-003"\n')
        actions = await session.actions(quick, 0)
        assert any("ignore this finding" in a.title for a in actions)
        assert await session.diagnostics(quick)
        assert f"diagnostics {slow}" not in session.events  # the large one was still running
        assert len(await session.diagnostics(slow)) == 6000

        session.open(deep, 'M = "text-davinci-003"\nx = ' + "(" * 5000 + ")" * 5000 + "\n")
        session.open(odd, 'M = "text-davinci-003"\x00\ud800\n')
        session.open(quick + ".txt", "M = \"text-davinci-003\"\n", language="plaintext")
        await session.until(lambda: deep in session.published and odd in session.published,
                            "diagnostics for the bad buffers")
        assert any("nested" in line for line in session.logs), session.logs
        session.change(quick, 'M = "gpt-4o"\n')
        assert await session.diagnostics(quick, 2) == []
        assert quick + ".txt" not in session.published
        assert await session.stop() == 0

    run(exchange())


def test_a_stale_table_is_shown_once_at_start(project: Path):
    async def exchange() -> None:
        session = Session()
        await session.start(SERVER, project, env={**os.environ, "GPTMIGRATE_TODAY": "2030-01-01"})
        await session.until(lambda: bool(session.shown), "a message")
        assert len(session.shown) == 1 and "last checked on" in session.shown[0]
        assert await session.stop() == 0

    run(exchange())


def test_a_bad_configuration_is_logged_and_nothing_is_published(project: Path):
    (project / "pyproject.toml").write_text('[tool.gptmigrate]\nselect = "GM001"\n')
    uri = (project / "app.py").as_uri()

    async def exchange() -> None:
        session = Session()
        await session.start(SERVER, project)
        session.open(uri, APP)
        await session.until(lambda: any("select" in m for m in session.logs), "a log line")
        assert uri not in session.published
        assert await session.stop() == 0

    run(exchange())


def test_without_pygls_the_command_says_what_to_install(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(sys.modules, "pygls", None)
    monkeypatch.setitem(sys.modules, "pygls.lsp", None)
    monkeypatch.setitem(sys.modules, "pygls.lsp.server", None)
    monkeypatch.delitem(sys.modules, "gptmigrate.server", raising=False)
    result = CliRunner().invoke(main, ["server"])
    assert result.exit_code == 2
    assert result.stderr == ("gptmigrate: error: the language server needs pygls: "
                             "pip install 'gptmigrate[server]'\n")



def test_the_other_formats_scan_reads_come_through_the_same_entry(project: Path):
    """Configuration and JavaScript files are diagnosed and fixed as `scan` reads them; the
    suppression comment is offered in the file's comment syntax, where `--add-noqa` writes one."""
    files = {".env": "OPENAI_MODEL=gpt-4-vision-preview\n",
             "config.yaml": "llm:\n  model: gpt-4-vision-preview\n",
             "app.js": 'const model = "gpt-4-vision-preview";\n'}
    ignores = {".env": None, "config.yaml": "  # gptmigrate: ignore[GM001]",
               "app.js": "  // gptmigrate: ignore[GM001]"}

    async def exchange() -> None:
        session = Session()
        await session.start(SERVER, project)
        for name, text in files.items():
            uri = (project / name).as_uri()
            session.open(uri, text, language="plaintext")
            [diagnostic] = await session.diagnostics(uri)
            assert diagnostic.code == "GM001"
            line = diagnostic.range.start.line
            actions = await session.actions(uri, line)
            quick = [a for a in actions if a.kind == types.CodeActionKind.QuickFix]
            assert quick[0].is_preferred and "gpt-4o" in quick[0].title
            ignore = [a for a in quick if "ignore this finding" in a.title]
            if ignores[name] is None:
                assert ignore == [], name
            else:
                [edit] = ignore[0].edit.changes[uri]
                assert edit.new_text == ignores[name]
            fixed = apply(text, actions[0].edit.changes[uri])
            assert fixed == text.replace("gpt-4-vision-preview", "gpt-4o")
            session.change(uri, fixed)
            assert await session.diagnostics(uri, 2) == []
        assert await session.stop() == 0

    run(exchange())
