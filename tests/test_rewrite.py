"""API-shape rewrites (rewrite.py): the issue's done-when cases, the guarantees, the tiers.

The pure core is tested through engine.fix_source (text in, text out); the SDK choice needs a
project on disk, so those cases write a requirement file next to the source in tmp_path.
"""

from __future__ import annotations

import ast
import difflib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import List, Optional, Set

import libcst as cst
import pytest
from hypothesis import given, settings as hsettings, strategies as st
from click.testing import CliRunner
from pyflakes import api as pyflakes_api
from pyflakes import reporter as pyflakes_reporter

from conftest import ROOT, TODAY
from gptmigrate import detect, rewrite, sdk
from gptmigrate.focus import Focus
from gptmigrate.cli import main
from gptmigrate.engine import Mode, check_source, fix_source, process_file
from gptmigrate.fix import apply_fixes
from gptmigrate.magics import mask_cell
from gptmigrate.notebook import read_cells
from gptmigrate.types import Finding, FixSafety, Position, Severity

PINNED = ["--isolated", "--as-of", "2026-11-23"]
EXAMPLE = ROOT / "examples" / "legacy_app"
PROJECT = ROOT / "tests" / "projects" / "support_bot"

V0_COMPLETION = '''import openai


def summarize(ticket):
    resp = openai.Completion.create(
        model="text-davinci-003",
        prompt="Summarize in one line: " + ticket,
        max_tokens=60,
    )
    return resp["choices"][0]["text"].strip()
'''


@pytest.fixture(autouse=True)
def _fresh_sdk_cache():
    sdk.clear_cache()
    yield
    sdk.clear_cache()


def _project_file(tmp_path: Path, source: str, requirement: str, name: str = "app.py") -> Path:
    (tmp_path / ".git").mkdir(exist_ok=True)
    (tmp_path / "requirements.txt").write_text(requirement + "\n")
    path = tmp_path / name
    path.write_text(source)
    return path


def _models(text: str) -> List[str]:
    return re.findall(r'model="([^"]+)"', text)


def _call_names(text: str) -> List[str]:
    """The dotted names of every call, in order: what --fix must never change."""
    names: List[str] = []

    class Calls(cst.CSTVisitor):
        def visit_Call(self, node: cst.Call) -> None:
            names.append(cst.Module([]).code_for_node(node.func))

    cst.parse_module(text).visit(Calls())
    return names


def _code(path: Path) -> str:
    """A file's Python: the text of a .py, the masked code cells of a notebook, joined."""
    text = path.read_text(encoding="utf-8")
    if path.suffix != ".ipynb":
        return text
    json.loads(text)  # still a valid notebook
    cells = [mask_cell(cell.source).text for cell in read_cells(text)]
    return "".join(cell if cell.endswith("\n") else cell + "\n" for cell in cells)


def _undefined_names(path: Path) -> Set[str]:
    class Collect(pyflakes_reporter.Reporter):
        def __init__(self) -> None:
            super().__init__(sys.stdout, sys.stderr)
            self.messages: List[str] = []

        def flake(self, message) -> None:
            self.messages.append(str(message))

    collected = Collect()
    pyflakes_api.check(_code(path), str(path), collected)
    return {m.split(": ", 1)[1] for m in collected.messages if "undefined name" in m}


# -- the issue's "done when" ---------------------------------------------------------------------


def test_seed_edits_example_becomes_a_v1_chat_call_on_a_live_model(ctx, tmp_path: Path):
    source = (EXAMPLE / "refactor.py").read_text()
    path = _project_file(tmp_path, source, "openai>=1.0")
    fixed, remaining, applied = fix_source(source, ctx, unsafe=True, path=str(path))
    assert applied >= 1
    assert "openai.Edit" not in fixed
    assert "response = client.chat.completions.create(" in fixed
    assert "from openai import OpenAI\n" in fixed and "\nclient = OpenAI()\n" in fixed
    assert '{"role": "system", "content": "Apply the change requested by the user to the code."}' \
        in fixed
    assert '{"role": "user", "content": code}' in fixed
    assert '{"role": "user", "content": "Rename the function fibonacci to fib"}' in fixed
    assert "temperature=0," in fixed
    assert "return (response.choices[0].message.content or \"\")" in fixed
    [model] = _models(fixed)
    assert ctx.table.is_served(model, TODAY) and ctx.table.get(model).api == "chat"
    assert not [f for f in remaining if f.code in ("GM101", "GM102", "GM201", "GM001")]
    compile(fixed, "refactor.py", "exec")


def test_v0_completion_with_text_davinci_003_becomes_v1_chat(ctx, tmp_path: Path):
    path = _project_file(tmp_path, V0_COMPLETION, "openai>=1.0")
    fixed, remaining, _ = fix_source(V0_COMPLETION, ctx, unsafe=True, path=str(path))
    assert "resp = client.chat.completions.create(" in fixed
    assert 'messages=[{"role": "user", "content": "Summarize in one line: " + ticket}],' in fixed
    assert "max_completion_tokens=60," in fixed
    assert "return (resp.choices[0].message.content or \"\").strip()" in fixed
    [model] = _models(fixed)
    assert model != "text-davinci-003"
    assert ctx.table.is_served(model, TODAY) and ctx.table.get(model).api == "chat"
    assert remaining == []


def test_project_pinned_below_1_gets_v0_chat_calls(ctx, tmp_path: Path):
    path = _project_file(tmp_path, V0_COMPLETION, "openai==0.27.8")
    [call] = [f for f in check_source(V0_COMPLETION, ctx, str(path)) if f.code == "GM101"]
    assert call.fix is not None
    assert "openai<1 (v0 module API): requirements.txt requires openai==0.27.8" in \
        call.fix.description
    fixed, _, _ = fix_source(V0_COMPLETION, ctx, unsafe=True, path=str(path))
    assert "resp = openai.ChatCompletion.create(" in fixed
    assert 'return resp["choices"][0]["message"]["content"].strip()' in fixed
    assert "OpenAI()" not in fixed and "from openai import" not in fixed


def test_pinned_project_keeps_v0_chat_calls_and_says_why(ctx, tmp_path: Path):
    source = 'import openai\nr = openai.ChatCompletion.create(model="gpt-4o", messages=[])\n'
    path = _project_file(tmp_path, source, "openai<1")
    [call] = check_source(source, ctx, str(path))
    assert call.fix is None and call.fix_safety == FixSafety.MANUAL
    assert "the project pins openai<1" in call.message and "upgrade openai" in call.message


def test_fix_alone_never_changes_api_shape(tmp_path: Path):
    copy = tmp_path / "support_bot"
    shutil.copytree(PROJECT, copy)
    before = {p: p.read_text() for p in copy.rglob("*.py")}
    CliRunner().invoke(main, ["scan", str(copy), *PINNED, "--fix"], catch_exceptions=False)
    for path, text in before.items():
        after = path.read_text()
        assert _call_names(after) == _call_names(text), path
        assert after.count("openai.") == text.count("openai."), path


# -- guarantees ---------------------------------------------------------------------------------


def test_only_the_rewritten_nodes_change(ctx):
    source = (ROOT / "tests/fixtures/GM101-completions-endpoint/to_chat_v1.py").read_text()
    fixed, _, _ = fix_source(source, ctx, unsafe=True)
    before, after = source.splitlines(), fixed.splitlines()
    changed = [before[i] for tag, i1, i2, _, _ in
               difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes()
               if tag != "equal" for i in range(i1, i2)]
    assert changed == [
        "    resp = openai.Completion.create(",
        '        model="text-davinci-003",',
        "        prompt=ticket,",
        "        max_tokens=64,",
        "        temperature=0.2,",
        '    return resp["choices"][0]["text"].strip()',
        '    return openai.Completion.create(model="text-davinci-003", prompt=ticket)'
        '["usage"]["total_tokens"]',
    ]
    # The look-alikes next to them stay byte for byte.
    assert 'print(cache["choices"][0]["text"])' in fixed
    assert '# openai.Completion.create(model="text-davinci-003") in a comment stays' in fixed
    assert '"""Replies with openai.Completion.create (this docstring is not code)."""' in fixed


def test_imports_and_clients_are_added_once(ctx):
    calls = "".join(
        f"\ndef ask{i}(m):\n    r = openai.ChatCompletion.create(model=\"gpt-4o\", messages=m)\n"
        f"    return r[\"choices\"][0][\"message\"][\"content\"]\n" for i in range(5))
    source = "import openai\n" + calls + (
        "\nasync def later(m):\n    r = await openai.ChatCompletion.acreate(model=\"gpt-4o\", "
        "messages=m)\n    return r.choices[0].message.content\n")
    fixed, remaining, applied = fix_source(source, ctx, unsafe=True)
    assert applied == 6
    assert fixed.count("from openai import OpenAI\n") == 1
    assert fixed.count("from openai import AsyncOpenAI\n") == 1
    assert fixed.count("client = OpenAI()") == 1 and fixed.count("aclient = AsyncOpenAI()") == 1
    assert fixed.count("client.chat.completions.create(") == 6
    again, _, applied_again = fix_source(fixed, ctx, unsafe=True)
    assert again == fixed and applied_again == 0
    assert not [f for f in remaining if f.code == "GM201"]


def test_existing_client_is_reused(ctx):
    source = ("import openai\nfrom openai import OpenAI\n\nllm = OpenAI()\n\n\ndef ask(m):\n"
              "    r = openai.ChatCompletion.create(model=\"gpt-4o\", messages=m)\n"
              "    return r[\"choices\"][0][\"message\"][\"content\"]\n")
    fixed, _, _ = fix_source(source, ctx, unsafe=True)
    assert "r = llm.chat.completions.create(" in fixed
    assert fixed.count("OpenAI") == 2


def test_a_file_whose_fix_would_not_parse_is_left_untouched(ctx, tmp_path: Path, monkeypatch):
    path = tmp_path / "app.py"
    path.write_text(V0_COMPLETION)
    monkeypatch.setattr(rewrite.CallPlan, "_render", lambda *args: "[[")
    result = process_file(str(path), ctx, Mode.FIX, unsafe=True)
    assert path.read_text() == V0_COMPLETION
    assert result.fixed is None and result.fixes_applied == 0
    [error] = result.errors
    assert error.message.startswith("fixes not applied: the fixed text would not parse (line ")
    assert error.message.endswith("file left unchanged")
    assert {f.code for f in result.findings} >= {"GM101", "GM001"}


def test_a_file_whose_fix_would_not_compile_is_left_untouched(ctx, tmp_path: Path, monkeypatch):
    path = tmp_path / "app.py"
    path.write_text(V0_COMPLETION)
    # libcst parses `await` in a plain function; Python refuses to compile it.
    monkeypatch.setattr(rewrite.CallPlan, "_render", lambda *args: ".x or (await other())")
    result = process_file(str(path), ctx, Mode.FIX, unsafe=True)
    assert path.read_text() == V0_COMPLETION
    assert "would not compile" in result.errors[0].message


@pytest.mark.parametrize("field, kept", [
    # `{expr=}` prints the expression's own text: the response keeps v0's keys (the dict view)
    ("resp['usage']['total_tokens']=", True),
    ("resp['usage']['total_tokens'] = !s", True),
    # the twins: plain fields print only the value, so the reads become attributes
    ("resp['usage']['total_tokens']", False),
    ("resp['usage']['total_tokens']==7", False),
])
def test_a_read_in_a_self_documenting_f_string_field_keeps_its_text(ctx, tmp_path: Path,
                                                                    field: str, kept: bool):
    source = ("import openai\n\n\ndef ask(q):\n"
              "    resp = openai.ChatCompletion.create(model=\"gpt-3.5-turbo\", "
              "messages=[{\"role\": \"user\", \"content\": q}])\n"
              f"    print(f\"{{{field}}}\")\n")
    path = _project_file(tmp_path, source, "openai>=1.0")
    fixed, remaining, _ = fix_source(source, ctx, unsafe=True, path=str(path))
    assert "client.chat.completions.create(" in fixed, remaining
    assert (f"print(f\"{{{field}}}\")" in fixed) is kept
    assert ("resp.usage.total_tokens" in fixed) is not kept
    compile(fixed, "app.py", "exec")


def test_a_fix_that_would_edit_a_self_documenting_field_is_manual(ctx):
    source = ("import openai\n\n\ndef ask(m):\n"
              "    print(f\"{openai.ChatCompletion.create(model='gpt-4', messages=m)=}\")\n"
              "    print(f\"{openai.ChatCompletion.create(model='gpt-4', messages=m)}\")\n")
    first, second = [f for f in check_source(source, ctx) if f.code == "GM201"]
    assert first.fix is None and "prints `{openai.ChatCompletion.create(" in first.message
    assert "=}`" in first.message
    assert second.fix is not None  # the twin: a plain field prints only the value


@pytest.mark.parametrize("read, manual", [
    ('choice["finish_details"]["type"]', True),  # gpt-4-vision-preview's field, sent by none today
    ('choice["finish_reason"]', False),  # the twin
])
def test_finish_details_of_the_vision_preview_stays_manual(ctx, tmp_path: Path, read: str,
                                                           manual: bool):
    source = ("import openai\n\n\ndef look(m):\n"
              "    resp = openai.ChatCompletion.create(model=\"gpt-4-vision-preview\", "
              "messages=m, max_tokens=50)\n"
              "    choice = resp[\"choices\"][0]\n"
              f"    return choice[\"message\"][\"content\"], {read}\n")
    path = _project_file(tmp_path, source, "openai>=1.0")
    fixed, remaining, _ = fix_source(source, ctx, unsafe=True, path=str(path))
    calls = [f for f in remaining if f.code == "GM201"]
    if manual:
        assert "openai.ChatCompletion.create(" in fixed and read in fixed
        assert calls and "finish_details is read, which only gpt-4-vision-preview sent" \
            in calls[0].message
    else:
        assert not calls and "client.chat.completions.create(" in fixed
        assert "choice.finish_reason" in fixed


DECORATED = '''import functools

import openai


def with_model(model):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            kwargs.setdefault("model", model)
            return fn(*args, **kwargs)
        return wrapper
    return decorate


@with_model({given!r})
def summarize(text, model="gpt-4o"):
    resp = openai.ChatCompletion.create(model=model, messages=[{{"role": "user", "content": text}}])
    return resp["choices"][0]["message"]["content"]
'''


@pytest.mark.parametrize("given, manual", [
    ("gpt-3.5-turbo", True),  # held where it is written: the wrapper would send the dead model
    ("gpt-4o", False),  # the twin: a served model
])
def test_a_model_a_decorator_may_send_keeps_the_call_with_its_model(ctx, tmp_path: Path,
                                                                     given: str, manual: bool):
    source = DECORATED.format(given=given)
    path = _project_file(tmp_path, source, "openai>=1.0")
    fixed, remaining, _ = fix_source(source, ctx, unsafe=True, path=str(path))
    calls = [f for f in remaining if f.code == "GM201"]
    if manual:
        assert "openai.ChatCompletion.create(" in fixed
        assert calls and "its function is decorated with gpt-3.5-turbo" in calls[0].message
    else:
        assert not calls and "client.chat.completions.create(" in fixed


@pytest.mark.parametrize("bound, manual", [
    # a tuple unpacked from a conditional: no literal is traced to `model`
    ('model, temperature = ("gpt-4", 0.2) if careful else ("gpt-3.5-turbo", 0.9)', True),
    # the twins: each name bound on its own, traced and renamed with the call; a Literal type
    # listing models is never sent itself (the callers' values are judged where they are)
    ('model = "gpt-4" if careful else "gpt-3.5-turbo"\n    temperature = 0.2', False),
    ('model: Literal["gpt-4", "gpt-3.5-turbo"] = pick()\n    temperature = 0.2', False),
])
def test_a_call_sending_an_untraced_model_a_held_literal_may_be_stays_manual(
        ctx, tmp_path: Path, bound: str, manual: bool):
    source = ("from typing import Literal\n\nimport openai\n\nfrom picker import pick\n\n\n"
              "def draft(topic, careful=False):\n"
              f"    {bound}\n"
              "    resp = openai.ChatCompletion.create(model=model, temperature=temperature, "
              "messages=[{\"role\": \"user\", \"content\": topic}])\n"
              "    return resp[\"choices\"][0][\"message\"][\"content\"]\n")
    path = _project_file(tmp_path, source, "openai>=1.0")
    fixed, remaining, _ = fix_source(source, ctx, unsafe=True, path=str(path))
    calls = [f for f in remaining if f.code == "GM201"]
    if manual:
        assert "openai.ChatCompletion.create(" in fixed
        assert calls and "it sends a model this scan cannot trace, which may be gpt-4" \
            in calls[0].message
    else:
        assert not calls and "client.chat.completions.create(" in fixed
        assert ("gpt-4\"" not in fixed) is ("Literal" not in bound)


VISION = '''import openai


def part(url):
    return {{"type": "image_url", "image_url": {outside}}}


def look(url, image):
    record = {{"prompt": "a cat", "image_url": url}}
    resp = openai.ChatCompletion.create(
        model="gpt-4-vision-preview",
        messages=[{{"role": "user", "content": [part(url), {{"type": "image_url", "image_url": {inside}}}]}}],
        max_tokens=50,
    )
    return resp["choices"][0]["message"]["content"], record
'''


@pytest.mark.parametrize("outside, inside, wrapped", [
    # the first GPT-4V examples gave the image as a bare string: today only {"url": ...}
    ('"data:image/png;base64," + url', "f\"{url}#2\"", True),
    # the twin: already objects, nothing to wrap
    ('{"url": url}', '{"url": url, "detail": "low"}', False),
])
def test_an_image_url_given_as_a_string_becomes_an_object(ctx, tmp_path: Path, outside: str,
                                                          inside: str, wrapped: bool):
    source = VISION.format(outside=outside, inside=inside)
    path = _project_file(tmp_path, source, "openai>=1.0")
    fixed, remaining, _ = fix_source(source, ctx, unsafe=True, path=str(path))
    assert "client.chat.completions.create(" in fixed, remaining
    assert '{"prompt": "a cat", "image_url": url}' in fixed  # a record, not a content part
    if wrapped:
        assert f'"image_url": {{"url": {outside}}}}}' in fixed
        assert f'"image_url": {{"url": {inside}}}}}' in fixed
    else:
        assert f'"image_url": {outside}}}' in fixed and f'"image_url": {inside}}}' in fixed
    compile(fixed, "app.py", "exec")


def test_an_image_url_the_fix_cannot_tell_is_text_keeps_the_call_manual(ctx):
    source = VISION.format(outside="url", inside="image")  # parameters: a str or a dict
    [call] = [f for f in check_source(source, ctx) if f.code == "GM201"]
    assert call.fix is None and "image_url as url, which the API now takes only as an object" \
        in call.message


@pytest.mark.parametrize("size, moved", [
    ('"1024x1024"', True),  # a size GPT image models take, in a constant of another module
    ('"256x256"', False),  # the twin: one they do not take
])
def test_an_image_size_constant_of_another_module_is_judged_by_its_value(
        tmp_path: Path, size: str, moved: bool):
    """`size=IMAGE_SIZE` imported from config.py: a size GPT image models take moves."""
    source = ("import base64\n\nimport openai\n\nfrom config import IMAGE_SIZE\n\n\n"
              "def draw(prompt):\n"
              "    resp = openai.Image.create(prompt=prompt, size=IMAGE_SIZE, "
              "response_format=\"b64_json\")\n"
              "    return base64.b64decode(resp[\"data\"][0][\"b64_json\"])\n")
    root = _project(tmp_path, config=f"IMAGE_SIZE = {size}\n", draw=source)
    result = _fix_project(root)
    fixed = (root / "draw.py").read_text()
    if moved:
        assert "client.images.generate(model=\"gpt-image-2\", prompt=prompt, size=IMAGE_SIZE)" \
            in fixed, result.output
    else:
        assert "openai.Image.create(" in fixed
        assert "not known to accept size='256x256'" in result.output


@pytest.mark.parametrize("method, reason", [
    ("translate", "sends WHISPER_MODEL to the translations endpoint, which gpt-transcribe does "
                  "not serve"),
    # the twin: a transcription in the default format says nothing of translations
    ("transcribe", "hands WHISPER_MODEL to openai.Audio.transcribe()"),
])
def test_a_model_constant_passed_first_to_an_audio_method_says_why_it_stays(
        tmp_path: Path, method: str, reason: str):
    root = _project(tmp_path, config='WHISPER_MODEL = "whisper-1"\n', listen=(
        "import openai\n\nfrom config import WHISPER_MODEL\n\n\ndef hear(path):\n"
        f"    with open(path, \"rb\") as f:\n"
        f"        return openai.Audio.{method}(WHISPER_MODEL, f)[\"text\"]\n"))
    result = _fix_project(root)
    assert (root / "config.py").read_text() == 'WHISPER_MODEL = "whisper-1"\n'
    assert reason in result.output
    assert "translations endpoint" not in result.output or method == "translate"


SUMMARY = '''import openai

SETTINGS = {"model": "gpt-3.5-turbo", "temperature": 0.2, "max_tokens": 60}


def summarize(text):
    resp = openai.ChatCompletion.create(messages=[{"role": "user", "content": text}], **SETTINGS)
    return resp["choices"][0]["message"]["content"]
'''


@pytest.mark.parametrize("other, moved", [
    (None, True),  # spread into this module's one call only: its entries change with the model
    # the twins: another module imports the dict, or this one reads it otherwise
    ("from summary import SETTINGS\n\nprint(SETTINGS)\n", False),
    ("", False),
])
def test_a_module_request_dict_spread_into_its_calls_changes_with_the_model(
        tmp_path: Path, other: Optional[str], moved: bool):
    summary = SUMMARY if other != "" else SUMMARY + "\nprint(SETTINGS[\"temperature\"])\n"
    files = {"summary": summary}
    if other:
        files["report"] = other
    root = _project(tmp_path, **files)
    _fix_project(root)
    fixed = (root / "summary.py").read_text()
    if moved:
        assert 'SETTINGS = {"model": "gpt-5.6-terra", "max_completion_tokens": 60}' in fixed
        assert "client.chat.completions.create(" in fixed
    else:
        assert '"temperature": 0.2' in fixed and '"gpt-3.5-turbo"' in fixed
        assert "openai.ChatCompletion.create(" in fixed


@pytest.mark.parametrize("imported, root, moved", [
    ("import openai as oa", "oa", False),  # the client made at the call would name openai
    ("import openai", "openai", True),  # the twin
])
def test_a_client_made_at_the_call_is_never_spelled_through_an_unbound_name(
        ctx, tmp_path: Path, imported: str, root: str, moved: bool):
    source = (f"{imported}\n\n\ndef configure(key):\n    {root}.api_key = key\n\n\n"
              f"def embed(text):\n"
              f"    return {root}.Embedding.create(model=\"text-embedding-ada-002\", "
              f"input=text)[\"data\"][0][\"embedding\"]\n")
    path = _project_file(tmp_path, source, "openai>=1.0")
    fixed, remaining, _ = fix_source(source, ctx, unsafe=True, path=str(path))
    if moved:
        assert "client = OpenAI(api_key=openai.api_key)" in fixed
        assert "client.embeddings.create(" in fixed
    else:
        assert fixed == source
        assert any("the call goes through openai imported as oa" in f.message for f in remaining)


@pytest.mark.parametrize("body, held", [
    # a request body whose model comes out of sight, posted by hand with max_tokens=
    ('{"model": model, "max_tokens": 20}', True),
    ('{"model": model}', False),  # the twin: nothing the new model rejects
])
def test_a_rename_with_no_call_in_sight_waits_for_an_untraced_request_dict(ctx, body: str,
                                                                          held: bool):
    source = ("import json\nimport urllib.request\n\n"
              "ROUTES = {\"answer\": (\"chat/completions\", \"gpt-3.5-turbo\")}\n\n\n"
              "def run(task, url):\n    endpoint, model = ROUTES[task]\n"
              f"    data = json.dumps({body}).encode()\n"
              "    return urllib.request.urlopen(url + endpoint, data)\n")
    [finding] = [f for f in check_source(source, ctx) if f.model == "gpt-3.5-turbo"]
    assert (finding.fix is None) is held
    if held:
        assert "the request dict on line 9 holds a model this scan cannot trace" \
            in finding.message


# -- manual instead of guessing --------------------------------------------------------------------


@pytest.mark.parametrize("settings, call, expected", [
    ('openai.api_type = "azure"\n', "openai.ChatCompletion.create(messages=m, **params)",
     "**kwargs in a module that uses Azure"),
    ("", "openai.Embedding.create(*args)", "the call passes *args"),
])
def test_star_arguments_say_why_they_stay_manual(ctx, settings: str, call: str, expected: str):
    source = f"import openai\n{settings}\n\ndef f(m, args, params):\n    return {call}\n"
    [finding] = [f for f in check_source(source, ctx) if f.code == "GM201"]
    assert finding.fix is None and expected in finding.message
    assert "prompt= becomes" not in finding.message


@pytest.mark.parametrize("sent, renamed", [
    ("", True),
    # the twin: the call sends max_tokens=, which its rewrite cannot rename for the entry
    ("max_tokens=9, ", False),
])
def test_a_table_another_module_reads_by_a_computed_key_is_judged_at_that_call(
        tmp_path: Path, sent, renamed):
    """`TASK_MODELS[task]` in tasks.py may be any entry of constants.py's table; main.py's
    `for task in TASK_MODELS:` only walks its keys."""
    constants = 'TASK_MODELS = {"summary": "gpt-3.5-turbo", "title": "gpt-3.5-turbo"}\n'
    tasks = ("import openai\n\nfrom constants import TASK_MODELS\n\n\ndef run(task, text):\n"
             "    r = openai.ChatCompletion.create(model=TASK_MODELS[task], " + sent +
             "messages=[{\"role\": \"user\", \"content\": text}])\n"
             "    return r.choices[0].message.content\n")
    app = ("from constants import TASK_MODELS\nfrom tasks import run\n\n"
           "for task in TASK_MODELS:\n    print(run(task, \"hi\"))\n")
    root = _project(tmp_path, constants=constants, tasks=tasks, main=app)
    report = _fix_project(root)
    assert ("gpt-5.6-terra" in (root / "constants.py").read_text()) is renamed, report.output
    if not renamed:
        assert "tasks.py:7 sends TASK_MODELS[task] with max_tokens=" in report.output


def test_a_model_in_a_compound_key_is_a_key_not_a_request(ctx):
    """`RECORDED = {("gpt-3.5-turbo", "hello"): ...}` looks answers up by the old name, as a
    plain string key does; the model the module sends beside it still moves (the twin)."""
    source = ('import openai\n\nMODEL = "gpt-3.5-turbo"\n'
              'RECORDED = {("gpt-3.5-turbo", "hello"): "hi"}\n\n\ndef ask(q):\n'
              '    return openai.ChatCompletion.create(model=MODEL, messages=[q])\n')
    findings = [f for f in check_source(source, ctx) if f.code == "GM001"]
    by_line = {f.start.line: f for f in findings}
    assert by_line[4].fix is None and "a key or a compared value" in by_line[4].message
    assert by_line[3].fix is not None


@pytest.mark.parametrize("sent, renamed", [
    ("", True),
    # the twin: the helper the loop hands each model to sends temperature=
    ("temperature=0, ", False),
])
def test_a_list_of_models_another_module_walks_is_judged_where_each_is_sent(
        tmp_path: Path, sent, renamed):
    """models.py's `CANDIDATES = ["gpt-3.5-turbo", "gpt-4"]`, walked by runner.py (`for model
    in CANDIDATES: ask(model, q)`): each item is judged with what ask()'s call sends."""
    models = 'CANDIDATES = ["gpt-3.5-turbo", "gpt-4"]\n'
    runner = ("import openai\n\nfrom models import CANDIDATES\n\n\ndef ask(model, q):\n"
              "    r = openai.ChatCompletion.create(model=model, " + sent +
              "messages=[{\"role\": \"user\", \"content\": q}])\n"
              "    return r.choices[0].message.content\n\n\nfor model in CANDIDATES:\n"
              "    print(ask(model, \"hi\"))\n")
    root = _project(tmp_path, models=models, runner=runner)
    report = _fix_project(root)
    assert ("gpt-5.6-terra" in (root / "models.py").read_text()) is renamed, report.output
    if not renamed:
        assert "runner.py:7 sends CANDIDATES with temperature=" in report.output


@pytest.mark.parametrize("sent, renamed", [
    ("", True),
    # the twin: the call sends max_tokens=, which its rewrite cannot rename for a model it
    # cannot trace (the field's default is another module's constant)
    ("max_tokens=self.config.max_tokens, ", False),
])
def test_a_constant_that_a_dataclass_field_defaults_to_is_judged_where_the_field_is_sent(
        tmp_path: Path, sent, renamed):
    """constants.py's CHAT_MODEL as config.py's `chat_model: str = CHAT_MODEL` field, sent as
    `model=self.config.chat_model` by pipeline.py: judged with what that call sends."""
    constants = 'CHAT_MODEL = "gpt-3.5-turbo"\n'
    config = ("from dataclasses import dataclass\n\nfrom constants import CHAT_MODEL\n\n\n"
              "@dataclass\nclass Config:\n    chat_model: str = CHAT_MODEL\n"
              "    max_tokens: int = 50\n")
    pipeline = ("import openai\n\nfrom config import Config\n\n\nclass Pipeline:\n"
                "    def __init__(self):\n        self.config = Config()\n\n"
                "    def ask(self, q):\n        r = openai.ChatCompletion.create("
                "model=self.config.chat_model, " + sent + "messages=[{\"role\": \"user\", "
                "\"content\": q}])\n        return r.choices[0].message.content\n")
    root = _project(tmp_path, constants=constants, config=config, pipeline=pipeline)
    report = _fix_project(root)
    assert ("gpt-5.6-terra" in (root / "constants.py").read_text()) is renamed, report.output
    if not renamed:
        assert "sends Config.chat_model with max_tokens=" in report.output


@pytest.mark.parametrize("sent, renamed", [
    ("", True),
    # the twin: the helper's call sends temperature=, which the new model rejects, and it
    # cannot see the default's (or the caller's) new name to drop it
    ("temperature=temperature, ", False),
])
def test_a_model_reaching_another_modules_helper_as_its_parameter_is_judged_there(
        tmp_path: Path, sent, renamed):
    """config.py's DEFAULT_CHAT_MODEL as helpers.py's `get_completion(prompt,
    model=DEFAULT_CHAT_MODEL, temperature=0)` default, and main.py's `model="gpt-4"`: both
    reach the helper's call, which is judged with what it sends."""
    config = 'DEFAULT_CHAT_MODEL = "gpt-3.5-turbo"\n'
    helpers = ("import openai\n\nfrom config import DEFAULT_CHAT_MODEL\n\n\n"
               "def get_completion(prompt, model=DEFAULT_CHAT_MODEL, temperature=0):\n"
               "    r = openai.ChatCompletion.create(model=model, " + sent +
               "messages=[{\"role\": \"user\", \"content\": prompt}])\n"
               "    return r.choices[0].message.content\n")
    app = ("from helpers import get_completion\n\nprint(get_completion(\"hi\"))\n"
           "print(get_completion(\"hi\", model=\"gpt-4\"))\n")
    root = _project(tmp_path, config=config, helpers=helpers, main=app)
    report = _fix_project(root)
    assert ("gpt-5.6-terra" in (root / "config.py").read_text()) is renamed, report.output
    assert ("gpt-5.6-sol" in (root / "main.py").read_text()) is renamed
    if not renamed:
        assert "helpers.py:7 sends DEFAULT_CHAT_MODEL with temperature=" in report.output


@pytest.mark.parametrize("compared, held", [
    ("config.chat_model()", True),
    # the twin: the module compares a value of its own (a cost table's label)
    ("label", False),
])
def test_a_model_an_importer_compares_by_its_old_name_keeps_it(tmp_path: Path, compared,
                                                               held):
    """tests.py's `assertEqual(config.chat_model(), "gpt-3.5-turbo")`: renamed in config.py,
    the default would fail that comparison; a comparison of another value does not hold it."""
    config = ("import os\n\nDEFAULT_CHAT_MODEL = \"gpt-3.5-turbo\"\n\n\ndef chat_model():\n"
              "    return os.getenv(\"CHAT_MODEL\", DEFAULT_CHAT_MODEL)\n")
    llm = ("import openai\n\nimport config\n\n\ndef ask(q):\n"
           "    r = openai.ChatCompletion.create(model=config.chat_model(), "
           "messages=[{\"role\": \"user\", \"content\": q}])\n"
           "    return r.choices[0].message.content\n")
    tests = ("import unittest\n\nimport config\n\n\nclass T(unittest.TestCase):\n"
             "    def test_default(self, label=\"x\"):\n"
             f"        self.assertEqual({compared}, \"gpt-3.5-turbo\")\n")
    root = _project(tmp_path, config=config, llm=llm, test_config=tests)
    report = _fix_project(root)
    assert ("gpt-5.6-terra" not in (root / "config.py").read_text()) is held, report.output
    if held:
        assert "test_config.py:8 compares a value of this module with gpt-3.5-turbo" \
            in report.output


_PRICES = 'COST = {"gpt-3.5-turbo": 0.002}\n\n\ndef cost(model, n):\n    return COST[model] * n\n'
_JOINED = "from costs import cost\nfrom llm import ask\n\nprint(ask('hi'), cost('x', 1))\n"


@pytest.mark.parametrize("other, main_module, held", [
    (_PRICES, _JOINED, True),
    ('def window(model):\n    match model:\n        case "gpt-3.5-turbo":\n'
     '            return 4096\n    return 0\n',
     "from costs import window\nfrom llm import ask\n\nprint(ask('hi'), window('x'))\n", True),
    # the twins: another module lists the name without comparing it or keying by it, or
    # compares it but never runs with llm.py (a separate script: nothing imports both)
    ('KNOWN = ["gpt-3.5-turbo"]\n\n\ndef known():\n    return len(KNOWN)\n',
     "from costs import known\nfrom llm import ask\n\nprint(ask('hi'), known())\n", False),
    (_PRICES, "from llm import ask\n\nprint(ask('hi'))\n", False),
    # a variable bound to the name is no constant: `repo.model == "gpt-4"` compares another
    ('model = "gpt-3.5-turbo"\n\n\ndef warn(repo):\n    return repo.model == "gpt-4"\n',
     "from costs import warn\nfrom llm import ask\n\nprint(ask('hi'), warn)\n", False),
])
def test_a_model_another_module_compares_or_keys_by_keeps_its_name_and_its_call(
        tmp_path: Path, other, main_module, held):
    """costs.py keys a price table by "gpt-3.5-turbo" (or a `case` compares it), and main.py
    imports it with llm.py: a value sent by llm.py may reach it, so llm.py's literal keeps its
    name, and its call, which would ask for the dead model, stays manual too."""
    llm = ("import openai\n\n\ndef ask(q):\n    r = openai.ChatCompletion.create("
           "model=\"gpt-3.5-turbo\", messages=[{\"role\": \"user\", \"content\": q}])\n"
           "    return r.choices[0].message.content\n")
    root = _project(tmp_path, llm=llm, costs=other, main=main_module)
    report = _fix_project(root)
    fixed = (root / "llm.py").read_text()
    assert (fixed == llm) is held, report.output
    if held:
        assert "compares a model with gpt-3.5-turbo or looks one up by it" in report.output
    else:
        assert 'client.chat.completions.create(model="gpt-5.6-terra"' in fixed


@pytest.mark.parametrize("code, held", [
    ('CHAT_MODELS = {"gpt-3.5-turbo", "gpt-4"}\n\n\ndef is_chat(name):\n'
     '    return name in CHAT_MODELS\n', True),
    # the twin: the code reads the name from the file without comparing it
    ('import yaml\n\n\ndef load(path):\n    return yaml.safe_load(open(path))["model"]\n',
     False),
])
def test_a_data_files_model_the_code_compares_keeps_its_name(tmp_path: Path, code, held):
    """openai/evals' registry YAML names `gpt-3.5-turbo`, which `is_chat_model` looks up in a
    set: renamed in the YAML alone, the name no longer passes; any module may load the file."""
    root = _project(tmp_path, registry=code, llm="import openai\n")  # a project using the API
    (root / "cot.yaml").write_text("cot:\n  model: gpt-3.5-turbo\n")
    report = _fix_project(root)
    assert ("gpt-3.5-turbo" in (root / "cot.yaml").read_text()) is held, report.output
    if held:
        assert "registry.py:1 compares a model with gpt-3.5-turbo" in report.output


@pytest.mark.parametrize("backend, held", [
    # an offline stand-in: it only echoes what it is given
    ("class ChatCompletion:\n    @classmethod\n    def create(cls, model, messages):\n"
     "        return {\"model\": model, \"reply\": messages[-1][\"content\"]}\n", True),
    # the twin: the package's class calls the API
    ("import openai\n\n\nclass ChatCompletion:\n    @classmethod\n"
     "    def create(cls, model, messages):\n"
     "        return openai.ChatCompletion.create(model=model, messages=messages)\n", False),
])
def test_a_model_given_to_an_offline_package_of_the_project_keeps_its_name(tmp_path: Path,
                                                                           backend, held):
    """main.py calls `botkit.ChatCompletion.create(model="gpt-4", ...)`, a class botkit's
    `__init__` re-exports from botkit/completion.py: where neither that module nor what it
    imports uses an LLM SDK, the model is the stand-in's own (it prints it back)."""
    root = _project(tmp_path, main="import openai\n\nimport botkit\n\n"
                    "print(botkit.ChatCompletion.create(model=\"gpt-4\", "
                    "messages=[{\"role\": \"user\", \"content\": \"hi\"}]))\n")
    (root / "botkit").mkdir()
    (root / "botkit" / "__init__.py").write_text("from .completion import ChatCompletion\n")
    (root / "botkit" / "completion.py").write_text(backend)
    report = _fix_project(root)
    assert ('"gpt-4"' in (root / "main.py").read_text()) is held, report.output
    if held:
        assert "is the project's own (completion.py)" in report.output


@pytest.mark.parametrize("tail, held", [
    # the parsed options go to another module's function, which sends them
    ("    return args.func(args)\n", True),
    # the twin: the module reads args.model itself and prints it
    ("    print(args.model)\n", False),
])
def test_an_option_defaulting_to_another_modules_constant_follows_the_parsed_options(
        tmp_path: Path, tail, held):
    """cli.py's `add_argument("--model", default=defaults.CHAT_MODEL)`; the parsed options
    go to `args.func(args)` (a command module sends `max_tokens=args.max_tokens` with the
    model), which no read here shows: renamed, the constant would meet that parameter."""
    cli = ("import argparse\n\nimport defaults\n\n\ndef main(argv):\n"
           "    parser = argparse.ArgumentParser()\n"
           "    parser.add_argument(\"--model\", default=defaults.CHAT_MODEL)\n"
           "    args = parser.parse_args(argv)\n" + tail)
    root = _project(tmp_path, defaults='CHAT_MODEL = "gpt-4"\n', cli=cli,
                    worker="import openai\n")
    report = _fix_project(root)
    assert ('"gpt-4"' in (root / "defaults.py").read_text()) is held, report.output
    if held:
        assert "the default of an option (args.model) that this module never reads" \
            in report.output


@pytest.mark.parametrize("model, moved", [
    ("gemini-1.5-flash", False),
    # the twin: a model the table has served
    ("gemini-3.1-pro-preview", True),
])
def test_a_gemini_model_imported_from_another_module_is_checked_there(tmp_path: Path, model,
                                                                      moved):
    """llm.py builds `genai.GenerativeModel(MODEL_NAME)` with MODEL_NAME from settings.py: the
    google-genai rewrite would keep sending that name, so it must be served, as a literal
    written in the call must."""
    llm = ("import google.generativeai as genai\n\nfrom settings import MODEL_NAME\n\n"
           "genai.configure(api_key=\"k\")\nmodel = genai.GenerativeModel(MODEL_NAME)\n"
           "print(model.generate_content(\"hi\").text)\n")
    root = _project(tmp_path, llm=llm, settings=f'MODEL_NAME = "{model}"\n')
    (root / "requirements.txt").write_text("google-genai\n")
    report = _fix_project(root)
    fixed = (root / "llm.py").read_text()
    assert ("genai.Client(" in fixed) is moved, report.output
    if not moved:
        assert f"the model {model} was shut down" in report.output


@pytest.mark.parametrize("call, held", [
    ("openai.FineTuningJob.create(training_file=\"file-1\", model=settings.MODEL)",
     "a fine-tuning job as its base model"),
    ("openai.Audio.translate(model=settings.SPEECH, file=open(\"a.mp3\", \"rb\"))",
     "the translations endpoint"),
    # the twin: a transcription in json serves the successor
    ("openai.Audio.transcribe(model=settings.SPEECH, file=open(\"a.mp3\", \"rb\"))", None),
])
def test_a_model_another_module_sends_where_its_successor_cannot_serve_keeps_it(
        tmp_path: Path, call, held):
    """settings.py's MODEL / SPEECH reach a fine-tuning job's base or a translation in
    another module, which their successors need not serve: as where the literal is written
    in the call, the constant keeps its name."""
    settings = 'MODEL = "gpt-3.5-turbo-0613"\nSPEECH = "whisper-1"\n'
    root = _project(tmp_path, settings=settings, jobs=f"import openai\n\nimport settings\n\n{call}\n")
    report = _fix_project(root)
    name = "MODEL" if "FineTuning" in call else "SPEECH"
    kept = (root / "settings.py").read_text().splitlines()[0 if name == "MODEL" else 1]
    assert (kept == settings.splitlines()[0 if name == "MODEL" else 1]) is bool(held), \
        report.output
    if held:
        assert f"sends {name} to {held}" in report.output


@pytest.mark.parametrize("main_module, defined", [
    ("from llm import AI_PROMPT, HUMAN_PROMPT, ask\n\nprint(HUMAN_PROMPT, ask('hi'), AI_PROMPT)\n",
     True),
    # the twin: nothing imports the markers from llm.py, which drops them
    ("from llm import ask\n\nprint(ask('hi'))\n", False),
])
def test_turn_markers_another_module_imports_are_defined_where_they_were(tmp_path: Path,
                                                                        main_module, defined):
    """llm.py's Text Completions call moves to Messages and its import loses HUMAN_PROMPT /
    AI_PROMPT (anthropic>=1 has neither); main.py imports them from llm.py, so llm.py defines
    them with anthropic<1's values instead (else main.py fails with an ImportError)."""
    llm = ("from anthropic import AI_PROMPT, HUMAN_PROMPT, Anthropic\n\nclient = Anthropic()\n"
           "\n\ndef ask(q):\n    r = client.completions.create(model=\"claude-2.1\", "
           "prompt=f\"{HUMAN_PROMPT} {q}{AI_PROMPT}\", max_tokens_to_sample=50)\n"
           "    return r.completion\n")
    root = _project(tmp_path, llm=llm, main=main_module)
    (root / "requirements.txt").write_text("anthropic>=1\n")
    report = _fix_project(root)
    fixed = (root / "llm.py").read_text()
    assert "client.messages.create(" in fixed, report.output
    assert fixed.startswith("from anthropic import Anthropic\n"), fixed
    assert ('AI_PROMPT = "\\n\\nAssistant:"\nHUMAN_PROMPT = "\\n\\nHuman:"\n' in fixed) is defined, fixed


@pytest.mark.parametrize("caller, moved", [
    ("print(complete(\"hi\", max_tokens=5))\n", True),
    # the twin: a caller passes another model, which the call must keep serving
    ("print(complete(\"hi\", model=\"gpt-4o-mini\", max_tokens=5))\n", False),
])
def test_a_parameter_default_imported_from_another_module_moves_with_the_call(tmp_path: Path,
                                                                             caller, moved):
    """client.py's `complete(prompt, model=DEFAULT_MODEL, max_tokens=64)` sends
    `model=model, max_tokens=max_tokens`; DEFAULT_MODEL comes from config.py. Where no call
    in the project passes `model`, the default is the only model the call sends: it is
    renamed and the call gets `max_completion_tokens=`."""
    config = 'DEFAULT_MODEL = "gpt-3.5-turbo"\n'
    client = ("import openai\n\nfrom config import DEFAULT_MODEL\n\n\n"
              "def complete(prompt, model=DEFAULT_MODEL, max_tokens=64):\n"
              "    r = openai.ChatCompletion.create(model=model, max_tokens=max_tokens,\n"
              "                                     messages=[{\"role\": \"user\", "
              "\"content\": prompt}])\n"
              "    return r[\"choices\"][0][\"message\"][\"content\"]\n")
    root = _project(tmp_path, config=config, client=client,
                    main="from client import complete\n\n" + caller)
    report = _fix_project(root)
    assert ('"gpt-5.6-terra"' in (root / "config.py").read_text()) is moved, report.output
    fixed = (root / "client.py").read_text()
    assert ("max_completion_tokens=max_tokens" in fixed) is moved, report.output


@pytest.mark.parametrize("model, sent, held", [
    ("text-similarity-babbage-001", "model=model", True),
    ("text-similarity-babbage-001", "model=EMBEDDING_MODEL", True),
    ("text-similarity-ada-001", "model=model", True),
    # the twin: a model whose successor keeps the vector size, so the call moves
    ("text-embedding-ada-002", "model=model", False),
])
def test_an_embedding_model_another_module_names_keeps_the_call_where_the_size_changes(
        tmp_path: Path, model, sent, held):
    """settings.py's EMBEDDING_MODEL, the default of embed.py's `embed(texts,
    model=EMBEDDING_MODEL)` (or sent as it is), keeps its name there because its successor
    returns vectors of another size (rt59): the call keeps its 0.x form with a finding
    instead of asking the new API for the dead model."""
    settings = f'EMBEDDING_MODEL = "{model}"\n'
    embed = ("import openai\n\nfrom settings import EMBEDDING_MODEL\n\n\n"
             "def embed(texts, model=EMBEDDING_MODEL):\n"
             f"    r = openai.Embedding.create({sent}, input=texts)\n"
             "    return [d[\"embedding\"] for d in r[\"data\"]]\n")
    root = _project(tmp_path, settings=settings, embed=embed,
                    main="from embed import embed\n\nprint(len(embed(['a'])[0]))\n")
    report = _fix_project(root)
    assert (root / "settings.py").read_text() == settings, report.output
    fixed = (root / "embed.py").read_text()
    assert ("openai.Embedding.create(" in fixed) is held, report.output
    if held:
        assert "keeps its name there" in report.output, report.output


@pytest.mark.parametrize("model, call, data_file", [
    ("text-davinci-003", "openai.Completion.create(model=MODEL, prompt=q, max_tokens=5)",
     "cache/text-davinci-003.json"),
    ("gpt-3.5-turbo", "openai.ChatCompletion.create(model=MODEL, messages=[{'role': 'user', "
     "'content': q}])", "cache/gpt-3.5-turbo.json"),
    # the twins: no file is named after the model (the name is only written), so it moves
    ("text-davinci-003", "openai.Completion.create(model=MODEL, prompt=q, max_tokens=5)",
     "cache/other.json"),
    ("gpt-3.5-turbo", "openai.ChatCompletion.create(model=MODEL, messages=[{'role': 'user', "
     "'content': q}])", "cache/gpt-3.5-turbo-0613.json"),
])
def test_a_model_a_file_name_is_built_from_keeps_its_name_where_that_file_exists(
        tmp_path: Path, model, call, data_file):
    """`CACHE = os.path.join("cache", MODEL + ".json")` beside `cache/<model>.json`, kept by
    an earlier run (rt59): renamed, the program would silently look for another file, so
    the model keeps its name (and the call that would rename it stays), with a finding
    naming the file."""
    source = (f'import json\nimport os\n\nimport openai\n\nMODEL = "{model}"\n'
              'CACHE = os.path.join("cache", MODEL + ".json")\n\n\n'
              'def ask(q):\n    with open(CACHE) as f:\n        cached = json.load(f)\n'
              f'    return cached.get(q) or {call}\n')
    root = _project(tmp_path, app=source)
    (root / data_file).parent.mkdir(parents=True)
    (root / data_file).write_text("{}\n")
    report = _fix_project(root)
    fixed = (root / "app.py").read_text()
    held = data_file.startswith(f"cache/{model}.")
    assert (f'MODEL = "{model}"' in fixed) is held, report.output
    assert ("client." in fixed) is (not held), report.output
    if held:
        assert f"holds {model}.json, named after {model}" in report.output, report.output


@pytest.mark.parametrize("use, moved", [
    ("print(ask(args.model, 'Is fire hot?'))", True),
    # the twin: the option is also read another way (a file named after it), so its default
    # cannot move with the call, which stays as it is
    ("open(args.model + '-answers.txt', 'w').write(ask(args.model, 'Is fire hot?'))", False),
])
def test_an_option_default_passed_to_a_helper_moves_with_its_completions_call(
        tmp_path: Path, use, moved):
    """`ask(args.model, prompt)`, a helper of this module whose parameter is only sent as
    Completion's model, and `add_argument("--model", default="text-davinci-003")` (rt59): the
    option's default moves to the chat target with the call."""
    source = ("import argparse\n\nimport openai\n\n\ndef ask(model, prompt):\n"
              "    r = openai.Completion.create(model=model, prompt=prompt, max_tokens=20)\n"
              "    return r.choices[0].text.strip()\n\n\ndef main():\n"
              "    parser = argparse.ArgumentParser()\n"
              "    parser.add_argument('--model', default='text-davinci-003')\n"
              f"    args = parser.parse_args()\n    {use}\n\n\nmain()\n")
    root = _project(tmp_path, app=source)
    report = _fix_project(root)
    fixed = (root / "app.py").read_text()
    assert ("default='gpt-5.6-terra'" in fixed) is moved, report.output
    assert ("client.chat.completions.create(model=model" in fixed) is moved, report.output


@pytest.mark.parametrize("callee, held", [
    ("chat2", True),
    # the twin: chat() hands its keywords straight to the API call, whose rewrite moves them
    ("chat", False),
])
def test_a_model_handed_to_another_modules_kwargs_is_judged_where_they_go(tmp_path: Path,
                                                                          callee, held):
    """main.py calls wrapper.py's `chat2(model="gpt-4", ...)`; chat2 takes it in **kwargs and
    calls `chat(max_tokens=6, **kwargs)`, which sends them to ChatCompletion.create: renamed,
    gpt-4's replacement would get max_tokens= (a 400)."""
    wrapper = ("import openai\n\n\ndef chat(**kwargs):\n"
               "    response = openai.ChatCompletion.create(**kwargs)\n"
               "    return response[\"choices\"][0][\"message\"][\"content\"]\n\n\n"
               "def chat2(**kwargs):\n    return chat(max_tokens=6, **kwargs)\n")
    main_module = (f"from wrapper import {callee}\n\nprint({callee}(model=\"gpt-4\", "
                   "messages=[{\"role\": \"user\", \"content\": \"hi\"}]))\n")
    root = _project(tmp_path, wrapper=wrapper, main=main_module)
    report = _fix_project(root)
    assert ('"gpt-4"' in (root / "main.py").read_text()) is held, report.output
    if held:
        assert "wrapper.py:5 sends it through chat()'s **kwargs with max_tokens=" \
            in report.output


@pytest.mark.parametrize("other, moved", [
    ("", True),
    # the twin: another module reads the constant for something else than a request
    ("from pkg import config\n\nprint(config.ENGINE.upper())\n", False),
])
def test_a_completion_model_read_through_an_imported_module_moves_with_it(tmp_path: Path,
                                                                          other, moved):
    """core.py does `from . import config as cfg` and sends `Completion(engine=cfg.ENGINE,
    stop=cfg.STOP)`: the constant moves to the chat target with the call, and the stop
    sequence, read from the same module object, is cut from the reply."""
    root = _project(tmp_path, main=other or "print(1)\n")
    package = root / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "config.py").write_text('ENGINE = "text-davinci-003"\nSTOP = ["\\n\\n"]\n')
    core = ("import openai\n\nfrom . import config as cfg\n\n\ndef tldr(text):\n"
            "    r = openai.Completion.create(engine=cfg.ENGINE, prompt=text, stop=cfg.STOP)\n"
            "    return r[\"choices\"][0][\"text\"]\n")
    (package / "core.py").write_text(core)
    report = _fix_project(root)
    fixed = (package / "core.py").read_text()
    assert ('ENGINE = "gpt-5.6-terra"' in (package / "config.py").read_text()) is moved, \
        report.output
    if moved:
        assert "client.chat.completions.create(model=cfg.ENGINE" in fixed, report.output
        assert "_cut_at_stop((r.choices[0].message.content or \"\"), cfg.STOP)" in fixed, fixed
        assert "stop=cfg.STOP" not in fixed, fixed
    else:
        assert fixed == core, report.output
        assert "cfg.ENGINE, a constant of another module" in report.output


@pytest.mark.parametrize("sent, held", [
    ("max_tokens=8, ", True),
    # the twin: the function sends nothing the new model rejects
    ("", False),
])
def test_an_options_choices_and_a_command_line_naming_one_move_together(tmp_path: Path, sent,
                                                                        held):
    """cli.py offers `--model` with choices=("gpt-4", ...) and hands `args.model` to llm.py's
    ask(), which sends it with max_tokens=; main.py runs `run(["--model", "gpt-4", q])`.
    Renamed, the choice would reach a call keeping max_tokens= (a 400); the command line's
    literal must follow its choice, else argparse rejects it ("invalid choice")."""
    llm = ("import openai\n\n\ndef ask(q, model):\n    r = openai.ChatCompletion.create("
           f"model=model, {sent}messages=[{{\"role\": \"user\", \"content\": q}}])\n"
           "    return r[\"choices\"][0][\"message\"][\"content\"]\n")
    cli = ("import argparse\n\nfrom llm import ask\n\n\ndef run(argv):\n"
           "    parser = argparse.ArgumentParser()\n    parser.add_argument(\"q\")\n"
           "    parser.add_argument(\"--model\", choices=(\"gpt-4\", \"gpt-5.6-terra\"),\n"
           "                        default=\"gpt-5.6-terra\")\n"
           "    args = parser.parse_args(argv)\n    print(ask(args.q, model=args.model))\n")
    app = "from cli import run\n\nrun([\"--model\", \"gpt-4\", \"hi\"])\n"
    root = _project(tmp_path, llm=llm, cli=cli, app=app)
    report = _fix_project(root)
    assert ('"gpt-4"' in (root / "cli.py").read_text()) is held, report.output
    assert ('"gpt-4"' in (root / "app.py").read_text()) is held, report.output
    if held:
        assert "it is a value of --model, which cli.py:9 parses and hands on: llm.py:5 sends " \
               "model with max_tokens=" in report.output


@pytest.mark.parametrize("table, held", [
    ("question_id,winner\n1,gpt-4\n", True),
    # the twins: the table beside it names another model, or one the name only begins
    ("question_id,winner\n1,claude-2\n", False),
    ("question_id,winner\n1,gpt-4-turbo\n", False),
])
def test_a_data_files_model_a_table_beside_it_names_keeps_its_name(tmp_path: Path, table, held):
    """labels.json lists the systems of a recorded vote, and votes.csv beside it names the
    winner of each: code keys one by the other, so a rename of the JSON alone (tables are not
    rewritten) would make the names disagree (KeyError)."""
    root = _project(tmp_path, llm="import openai\n")  # a project using the API
    (root / "data").mkdir()
    (root / "data" / "labels.json").write_text('{"systems": ["gpt-4"]}\n')
    (root / "data" / "votes.csv").write_text(table)
    report = _fix_project(root)
    assert ('"gpt-4"' in (root / "data" / "labels.json").read_text()) is held, report.output
    if held:
        assert "votes.csv beside it names gpt-4 too" in report.output


@pytest.mark.parametrize("method, own", [
    ("def key(self, model, prompt, max_tokens):\n        return (model, prompt, max_tokens)\n",
     True),
    # the twin: the project's only `key` method hands its keywords on
    ("def key(self, **kwargs):\n        return openai.ChatCompletion.create(**kwargs)\n", False),
])
def test_a_method_of_an_object_passed_in_is_judged_by_the_projects_classes(tmp_path: Path,
                                                                            method, own):
    """services.py calls `keys.key(model="gpt-4", prompt=p, max_tokens=5)` on an object it is
    given (a KeyBuilder, by its import): where every class of the project defining `key` takes its keywords as its own, the
    SDK's parameter rule is not applied there (max_tokens= stays; the rename is manual); where
    one forwards **kwargs to the API, the keywords move with the model."""
    keys = "import openai\n\n\nclass KeyBuilder:\n    " + method
    services = ("from keys import KeyBuilder\n\n\ndef cache_key(keys, p):\n"
                "    return keys.key(model=\"gpt-4\", prompt=p, max_tokens=5)\n")
    root = _project(tmp_path, keys=keys, services=services)
    report = _fix_project(root)
    fixed = (root / "services.py").read_text()
    assert (fixed == services) is own, report.output
    if own:
        assert "that function's parameters are its own" in report.output
    else:
        assert 'model="gpt-5.6-sol", prompt=p, max_completion_tokens=5' in fixed


def test_a_factorys_object_method_keeps_its_own_keywords(tmp_path: Path):
    """`get_llm().complete(q, model="gpt-4", max_tokens=5)`: `complete` is the project's own
    method with explicit parameters, so its max_tokens= is not renamed (TypeError otherwise);
    the model's rename there stays manual."""
    chat = ("import openai\n\n\nclass ChatLLM:\n    def complete(self, q, model, max_tokens):\n"
            "        return (q, model, max_tokens)\n\n\ndef get_llm():\n    return ChatLLM()\n")
    app = ("from chat import get_llm\n\nprint(get_llm().complete(\"hi\", model=\"gpt-4\", "
           "max_tokens=5))\n")
    root = _project(tmp_path, chat=chat, app=app)
    report = _fix_project(root)
    assert (root / "app.py").read_text() == app, report.output
    assert "get_llm().complete() with max_tokens=" in report.output


@pytest.mark.parametrize("sent, held", [
    ("max_tokens=50, ", True),
    # the twin: the call sends nothing the new model rejects
    ("", False),
])
def test_a_data_files_model_sent_with_rejected_parameters_keeps_its_name(tmp_path: Path, sent,
                                                                         held):
    """config.json's `"model": "gpt-3.5-turbo"` is loaded into CONFIG and sent as
    `model=CONFIG["model"]` with max_tokens=: renamed alone onto a reasoning model, the call
    would be refused (400), so the file keeps it until the call sends max_completion_tokens=."""
    app = ("import json\n\nimport openai\n\nCONFIG = json.load(open('config.json'))\n"
           "reply = openai.ChatCompletion.create(model=CONFIG['model'], " + sent +
           "messages=[{'role': 'user', 'content': 'hi'}])\n"
           "print(reply['choices'][0]['message']['content'])\n")
    root = _project(tmp_path, app=app)
    (root / "config.json").write_text('{"model": "gpt-3.5-turbo"}\n')
    report = _fix_project(root)
    assert ("gpt-3.5-turbo" in (root / "config.json").read_text()) is held, report.output
    if held:
        assert "sends a model this scan cannot trace" in report.output


def test_a_caller_model_for_a_helper_whose_default_moves_moves_with_it(tmp_path: Path):
    """The twin of the judgement above: where the helper's own default is a shut-down model
    (`model="gpt-3.5-turbo"`), that default's fix drops temperature= at the call, so a
    caller's `model="gpt-4"` in another module moves too, and the program sends what both
    new models take."""
    helpers = ("import openai\n\n\ndef get_completion(prompt, model=\"gpt-3.5-turbo\", "
               "temperature=0):\n    r = openai.ChatCompletion.create(model=model, "
               "temperature=temperature, messages=[{\"role\": \"user\", \"content\": "
               "prompt}])\n    return r.choices[0].message.content\n")
    app = ("from helpers import get_completion\n\n"
           "print(get_completion(\"hi\", model=\"gpt-4\"))\n")
    root = _project(tmp_path, helpers=helpers, main=app)
    report = _fix_project(root)
    fixed = (root / "helpers.py").read_text()
    assert 'model="gpt-5.6-terra"' in fixed and "temperature=temperature" not in fixed, \
        report.output
    assert "gpt-5.6-sol" in (root / "main.py").read_text()


@pytest.mark.parametrize("doc, followed", [
    ("", True),
    # the twin: a doctest example calls the helper with a dict in openai<1's shape
    ('    """\n    >>> first({"choices": [{"message": {"content": "hi"}}]})\n    \'hi\'\n'
     '    """\n', False),
])
def test_a_helper_a_doctest_calls_keeps_its_reads(tmp_path: Path, doc, followed):
    """The response passed to a module helper is read there; where the helper's doctest
    also calls it with a dict, its subscripts stay and the response keeps 0.x's shape."""
    app = ("import openai\n\n\ndef first(response):\n" + doc +
           "    return response[\"choices\"][0][\"message\"][\"content\"]\n\n\n"
           "def ask(q):\n    response = openai.ChatCompletion.create(model=\"gpt-4o\", "
           "messages=[{\"role\": \"user\", \"content\": q}])\n    return first(response)\n")
    root = _project(tmp_path, app=app)
    report = _fix_project(root)
    fixed = (root / "app.py").read_text()
    assert "client.chat.completions.create(" in fixed, report.output
    assert ("return response.choices[0].message.content" in fixed) is followed
    assert ("_openai_object(" in fixed) is not followed


@pytest.mark.parametrize("test, held", [
    ('from unittest.mock import patch\n\nfrom app import ask\n\n\n'
     '@patch("openai.ChatCompletion.create")\n'
     'def test_ask(fake):\n    fake.return_value = {"choices": []}\n', True),
    ('import openai\nfrom unittest.mock import patch\n\nimport app\n\n\ndef test_ask():\n'
     '    with patch.object(openai.ChatCompletion, "create", return_value={}):\n'
     '        app.ask("hi")\n', True),
    # the twins: the tests stand in for another resource, or never reach app.py
    ('from unittest.mock import patch\n\nfrom app import ask\n\n\n'
     '@patch("openai.Embedding.create")\ndef test_embed(fake):\n    pass\n', False),
    ('from unittest.mock import patch\n\n\n@patch("openai.ChatCompletion.create")\n'
     'def test_other(fake):\n    pass\n', False),
])
def test_a_call_another_module_patches_by_name_stays_manual(tmp_path: Path, test, held):
    """`@patch("openai.ChatCompletion.create")` in a test module that imports app.py stands in
    for the call there: rewritten alone, the call would reach the API where the tests expect
    the fake."""
    app = ('import openai\n\n\ndef ask(q):\n    r = openai.ChatCompletion.create(model="gpt-4o", '
           'messages=[{"role": "user", "content": q}])\n'
           '    return r["choices"][0]["message"]["content"]\n')
    root = _project(tmp_path, app=app, test_app=test)
    report = _fix_project(root)
    fixed = (root / "app.py").read_text()
    if held:
        assert fixed == app and "is patched in test_app.py (line" in report.output
    else:
        assert "client.chat.completions.create(" in fixed, report.output


@pytest.mark.parametrize("flags, renamed", [
    ('"-m", "--model"', True),
    ('"--model", "-m"', True),
    # the twin: the option is named otherwise, so model=args.model reads no default of it
    ('"-m", "--persona"', False),
])
def test_an_option_whose_short_flag_comes_first_is_followed_to_its_call(ctx, flags, renamed):
    """`add_argument("-m", "--model", default="gpt-3.5-turbo")`: argparse names the value
    after the long flag, so `model=args.model` sends this default, and the call drops or
    renames what the new model rejects (max_completion_tokens=)."""
    source = ("import argparse\n\nimport openai\n\nparser = argparse.ArgumentParser()\n"
              f"parser.add_argument({flags}, default=\"gpt-3.5-turbo\")\n"
              "parser.add_argument(\"--max-tokens\", type=int, default=50)\n"
              "args = parser.parse_args()\nr = openai.ChatCompletion.create(model=args.model, "
              "messages=[], max_tokens=args.max_tokens)\n")
    [finding] = [f for f in check_source(source, ctx) if f.code == "GM001"]
    fixed, _ = apply_fixes(source, [finding.fix]) if finding.fix else (source, 0)
    assert ("max_completion_tokens=args.max_tokens" in fixed) is renamed, finding.message


@pytest.mark.parametrize("extra, moved", [
    ("", True),
    # the twin: the module compares one of the constants by its old name
    ("\nSHORT = FAST == \"gpt-3.5-turbo\"\n", False),
])
def test_a_request_dict_choosing_its_model_by_a_condition_moves_both(tmp_path: Path, extra,
                                                                      moved):
    """`params = {"model": BEST if thorough else FAST, ...}` then `params["max_tokens"] = 8`:
    either constant may be sent, so both move with the dict's keys (max_completion_tokens);
    one the module compares by its old name keeps it."""
    app = ('import openai\n\nFAST = "gpt-3.5-turbo"\nBEST = "gpt-4"\n' + extra +
           '\n\ndef review(code, thorough=False):\n'
           '    params = {"model": BEST if thorough else FAST, "messages": [{"role": "user", '
           '"content": code}]}\n    if not thorough:\n        params["max_tokens"] = 8\n'
           '    response = openai.ChatCompletion.create(**params)\n'
           '    return response.choices[0].message.content\n')
    root = _project(tmp_path, app=app)
    report = _fix_project(root)
    fixed = (root / "app.py").read_text()
    if moved:
        assert 'FAST = "gpt-5.6-terra"' in fixed and 'BEST = "gpt-5.6-sol"' in fixed, \
            report.output
        assert 'params["max_completion_tokens"] = 8' in fixed
    else:  # FAST keeps its name (and its finding); BEST moves with the dict's keys
        assert 'FAST = "gpt-3.5-turbo"' in fixed and 'BEST = "gpt-5.6-sol"' in fixed
        assert "not renamed: code compares it" in report.output


@pytest.mark.parametrize("source, expected", [
    ('EMBED_OPTS = {"engine": "text-embedding-3-small"}\n\n\ndef embed(t):\n'
     '    return openai.Embedding.create(input=t, **EMBED_OPTS)\n',
     'EMBED_OPTS = {"model": "text-embedding-3-small"}'),
    ('def embed(t):\n    params = dict(engine="text-embedding-3-small", request_timeout=9)\n'
     '    return openai.Embedding.create(input=t, **params)\n',
     'params = dict(model="text-embedding-3-small", timeout=9)'),
    # the twin: another function stores into the module's dict, which the fix cannot follow
    ('OPTS = {"engine": "text-embedding-3-small"}\n\n\ndef embed(t):\n'
     '    return openai.Embedding.create(input=t, **OPTS)\n\n\ndef main():\n'
     '    OPTS["request_timeout"] = 5\n', None),
])
def test_kwargs_dict_keys_openai_1_spells_otherwise_change_where_the_dict_is_built(
        tmp_path: Path, source, expected):
    """engine= (outside Azure) and request_timeout= in a `**kwargs` dict only the call reads:
    openai>=1's create() refuses them, so they become model= and timeout= where the dict is
    built; a dict other code changes stays manual."""
    root = _project(tmp_path, app="import openai\n\n" + source)
    report = _fix_project(root)
    fixed = (root / "app.py").read_text()
    if expected is None:
        assert "openai.Embedding.create" in fixed, report.output
    else:
        assert expected in fixed, report.output
        assert "client.embeddings.create(input=t, **" in fixed


@pytest.mark.parametrize("settings, built", [
    ("", '{"engine": ENGINE, "prompt": p, "max_tokens": 40}'),
    ("", 'dict(engine=ENGINE, prompt=p, max_tokens=40)'),
    ("", '{"engine": "text-davinci-003", "prompt": p, "max_tokens": 40}'),
    # the twin: on Azure, engine= names a deployment, which is not the model
    ('openai.api_type = "azure"\n', '{"engine": ENGINE, "prompt": p, "max_tokens": 40}'),
])
def test_a_kwargs_dict_naming_its_model_as_engine_moves_to_chat(tmp_path: Path, settings: str,
                                                                   built: str):
    """0.x took the model as engine= outside Azure: a `**params` dict built in the calling
    function that spells it so moves like one spelling model= (the key becomes "model")."""
    source = (f'import openai\n{settings}\nENGINE = "text-davinci-003"\n\n\ndef f(p):\n'
              f'    params = {built}\n    response = openai.Completion.create(**params)\n'
              f'    return response["choices"][0]["text"]\n')
    path = _project_file(tmp_path, source, "openai>=1")
    report = CliRunner().invoke(main, ["scan", str(tmp_path), *PINNED, "--fix",
                                       "--unsafe-fixes"], catch_exceptions=False)
    fixed = path.read_text()
    if settings:
        assert "openai.Completion.create(**params)" in fixed, report.output
        return
    assert "client.chat.completions.create(**params)" in fixed, report.output
    body = fixed.split("def f")[1]
    assert "engine" not in body and "max_completion_tokens" in body
    assert "text-davinci-003" not in body and "gpt-5.6-terra" in fixed
    assert '"content": p}]' in fixed


@pytest.mark.parametrize("call, expected", [
    ('openai.Completion.create(model="text-davinci-003", prompt=p, **params)', "**kwargs"),
    ('openai.Completion.create(model="text-davinci-003", prompt=p, suffix="x")', "suffix="),
    ('openai.Completion.create(model="text-davinci-003", prompt=p, best_of=3)', "best_of="),
    ('openai.Completion.create(model="text-davinci-003", prompt=[p, p])', "batch"),
    ('openai.Completion.create(model=name, prompt=p)', "not a module constant"),
    ('openai.Completion.create(model=SETTINGS_MODEL, prompt=p)', "imported from another module"),
    ('openai.Completion.create("text-davinci-003", p)', "positional"),
    ('openai.Completion.create(model="text-davinci-003", prompt=p, logit_bias={1: 2})',
     "gpt-5.6-terra rejects logit_bias="),
    # a stop value the reads may not see unchanged: it cannot be cut at in their place
    ('openai.Completion.create(model="text-davinci-003", prompt=p, stop=name.split())',
     "gpt-5.6-terra rejects stop="),
])
def test_uncertain_rewrites_are_manual_with_instructions(ctx, call: str, expected: str):
    source = ("import openai\nfrom settings import SETTINGS_MODEL\n\n\ndef f(p, name, params):\n"
              f"    r = {call}\n    return r[\"choices\"][0][\"text\"]\n")
    [finding] = [f for f in check_source(source, ctx) if f.code == "GM101"]
    assert finding.fix is None and finding.fix_safety == FixSafety.MANUAL
    assert "Not rewritten: " in finding.message and expected in finding.message
    fixed, _, _ = fix_source(source, ctx, unsafe=True)
    assert fixed == source


@pytest.mark.parametrize("keyword, v1", [
    ("request_timeout=30", "client.chat.completions.create(model=\"gpt-4o\", messages=m, "
                           "timeout=30)"),
    ("headers={}", "client.chat.completions.create(model=\"gpt-4o\", messages=m, "
                   "extra_headers={})"),
    ("api_base=url", "client.with_options(base_url=url).chat.completions.create("
                     "model=\"gpt-4o\", messages=m)"),
    ("organization=org", "client.with_options(organization=org).chat.completions.create("
                         "model=\"gpt-4o\", messages=m)"),
    ("api_key=key", "    client = OpenAI(api_key=key)\n    r = client.chat.completions.create("
                    "model=\"gpt-4o\", messages=m)\n"),
    ("api_version=\"2024-02-01\"", "per-call v0 setting"),
    ("request_id=\"r\"", "per-call v0 setting"),
])
def test_per_call_v0_settings(ctx, keyword: str, v1):
    """v1's create() takes a timeout and extra headers; a key, a URL or an organization goes
    to the client for that call; where every call brings its key and nothing sets one (0.x
    needed no key of the environment), the client is made where the call runs, with it."""
    source = ("import openai\n\n\ndef f(m, key, url, org):\n"
              f"    r = openai.ChatCompletion.create(model=\"gpt-4o\", messages=m, {keyword})\n"
              "    return r[\"choices\"][0][\"message\"][\"content\"]\n")
    [finding] = [f for f in check_source(source, ctx) if f.code == "GM201"]
    fixed = fix_source(source, ctx, unsafe=True)[0]
    if "(" not in v1:
        assert finding.fix is None and v1 in finding.message
        assert fixed == source
    else:
        assert v1 in fixed


def test_a_per_call_key_goes_to_the_client_where_the_module_has_a_key(ctx):
    source = ("import openai\n\nopenai.api_key = \"sk-shared\"\n\n\ndef f(m, key):\n"
              "    r = openai.ChatCompletion.create(model=\"gpt-4o\", messages=m, api_key=key)\n"
              "    return r[\"choices\"][0][\"message\"][\"content\"]\n")
    fixed = fix_source(source, ctx, unsafe=True)[0]
    assert "client = OpenAI(api_key=openai.api_key)" in fixed
    assert "client.with_options(api_key=key).chat.completions.create(model=\"gpt-4o\", " \
           "messages=m)" in fixed


def test_a_streamed_completion_reads_each_chunk_delta(ctx):
    source = ('import openai\n\n\ndef f(p):\n    text = ""\n'
              '    for chunk in openai.Completion.create(model="text-davinci-003", prompt=p,'
              ' stream=True):\n'
              '        text += chunk["choices"][0]["text"]\n    return text\n')
    fixed = fix_source(source, ctx, unsafe=True)[0]
    assert '        text += (chunk.choices[0].delta.content or "")\n' in fixed
    assert "client.chat.completions.create(model=" in fixed and "stream=True" in fixed


def test_imported_model_message_names_the_target(ctx):
    source = ("import openai\nfrom settings import MODEL\n\n\ndef f(p):\n"
              "    return openai.Completion.create(model=MODEL, prompt=p)['choices'][0]['text']\n")
    [finding] = [f for f in check_source(source, ctx) if f.code == "GM101"]
    target = ctx.table.resolve("text-davinci-003", TODAY).target
    assert f"set it to {target} there" in finding.message


# -- the CLI: tiers, --diff, --show-fixes, the console script ----------------------------------


def test_example_pinned_to_0_27_gets_v0_chat_in_the_diff():
    result = CliRunner().invoke(main, ["scan", str(EXAMPLE), *PINNED, "--unsafe-fixes", "--diff"],
                                catch_exceptions=False)
    assert result.exit_code == 1
    assert "+    response = openai.ChatCompletion.create(" in result.output
    assert '+    return response["choices"][0]["message"]["content"]' in result.output


def test_show_fixes_names_tier_and_sdk(tmp_path: Path):
    copy = tmp_path / "legacy_app"
    shutil.copytree(EXAMPLE, copy)
    (copy / "requirements.txt").write_text("openai>=1.0\nnumpy>=1.24\n")
    listing = CliRunner().invoke(main, ["scan", str(copy), *PINNED, "--show-fixes"],
                                 catch_exceptions=False).output
    assert "Fixes:" in listing
    assert re.search(r"11:16 GM102 \[unsafe\] \(needs --unsafe-fixes\) Rewrite as "
                     r"client\.chat\.completions\.create on \S+ for openai>=1 \(client API\): "
                     r"requirements\.txt requires openai>=1\.0", listing)
    applied = CliRunner().invoke(main, ["scan", str(copy), *PINNED, "--fix", "--unsafe-fixes",
                                        "--show-fixes"], catch_exceptions=False).output
    assert "Applied fixes:" in applied and "GM102 [unsafe] Rewrite as" in applied
    assert "response = client.chat.completions.create(" in (copy / "refactor.py").read_text()


def test_console_script_rewrites_and_second_run_changes_nothing(tmp_path: Path):
    copy = tmp_path / "legacy_app"
    shutil.copytree(EXAMPLE, copy)
    (copy / "requirements.txt").write_text("openai>=1.0\n")
    script = shutil.which("gptmigrate", path=str(Path(sys.executable).parent))
    assert script is not None
    first = subprocess.run([script, "scan", str(copy), *PINNED, "--fix", "--unsafe-fixes"],
                           capture_output=True, text=True, timeout=120)
    assert "Fixed" in first.stdout, first.stdout + first.stderr
    snapshot = {p: p.read_bytes() for p in copy.glob("*.py")}
    second = subprocess.run([script, "scan", str(copy), *PINNED, "--unsafe-fixes", "--diff"],
                            capture_output=True, text=True, timeout=120)
    assert second.stdout.count("+++ ") == 0, second.stdout
    assert snapshot == {p: p.read_bytes() for p in copy.glob("*.py")}
    assert "client.chat.completions.create(" in (copy / "assistant.py").read_text()


# -- the realistic legacy project ---------------------------------------------------------------


@pytest.mark.parametrize("requirement", ["openai>=1.0", "openai==0.28.1"])
def test_legacy_project_fixed_with_unsafe_fixes(tmp_path: Path, requirement: str):
    copy = tmp_path / "support_bot"
    shutil.copytree(PROJECT, copy)
    (copy / "requirements.txt").write_text(requirement + "\n")
    originals = {p: p.read_text() for p in [*copy.rglob("*.py"), *copy.rglob("*.ipynb")]}
    assert any(p.suffix == ".ipynb" for p in originals)
    undefined_before = {p: _undefined_names(p) for p in originals}
    CliRunner().invoke(main, ["scan", str(copy), *PINNED, "--fix", "--unsafe-fixes"],
                       catch_exceptions=False)
    changed = [p for p, text in originals.items() if p.read_text() != text]
    assert len(changed) >= 4
    for path in originals:
        text = _code(path)
        cst.parse_module(text)
        compile(text, str(path), "exec")
        assert _undefined_names(path) <= undefined_before[path], path
    snapshot = {p: p.read_text() for p in originals}
    second = CliRunner().invoke(main, ["scan", str(copy), *PINNED, "--unsafe-fixes", "--diff"],
                                catch_exceptions=False)
    assert "+++ " not in second.output
    assert snapshot == {p: p.read_text() for p in originals}
    drafting = (copy / "support_bot" / "drafting.py").read_text()
    # draft_reply's stop sequences end a dialogue turn: a reasoning target rejects stop=, so
    # the reply is cut where they would have ended it
    assert "stop=STOP" not in drafting and 'REPLY_MODEL = "gpt-5.6-terra"' in drafting
    assert "\n\ndef _cut_at_stop(text, stop):\n" in drafting
    if requirement.startswith("openai>=1"):
        assert 'reply = _cut_at_stop((response.choices[0].message.content or ""), STOP).strip()' \
            in drafting
        assert "    label = (first.message.content or \"\").strip().lower()\n" in drafting
        assert "openai.Completion.create(model=\"text-davinci-003\", prompt=prompt, **params)" \
            in drafting
        assert "suffix=after" in drafting and "openai.Completion.create(\n        model=\"text-davinci-003\",\n        prompt=before," in drafting
    else:
        assert '    label = first["message"]["content"].strip().lower()\n' in drafting
        assert "OpenAI()" not in drafting
    notebook = _code(copy / "notebooks" / "explore.ipynb")
    if requirement.startswith("openai>=1"):
        assert "client = OpenAI(api_key=openai.api_key)" in notebook
        assert "print((resp.choices[0].message.content or \"\"))" in notebook
    else:
        assert 'print(resp["choices"][0]["message"]["content"])' in notebook


# -- embeddings: the vector size ----------------------------------------------------------------


@pytest.mark.parametrize("model, replacement, advice", [
    ("text-similarity-ada-001", "text-embedding-3-small", "pass dimensions=1024"),
    ("text-search-babbage-doc-001", "text-embedding-3-large", "pass dimensions=2048"),
    ("text-similarity-curie-001", "text-embedding-3-small", "returns at most 1536: resize"),
    ("text-similarity-davinci-001", "text-embedding-3-large", "returns at most 3072: resize"),
    ("text-embedding-ada-002", "text-embedding-3-small", "also returns 1536-d vectors"),
])
def test_embedding_size_advice(model: str, replacement: str, advice: str):
    assert advice in detect.embedding_size_advice(model, replacement)


def test_embedding_model_change_is_unsafe_and_says_vectors_change(ctx):
    source = 'import openai\nv = openai.Embedding.create(model="text-similarity-ada-001", input="x")\n'
    [model] = [f for f in check_source(source, ctx) if f.code == "GM001"]
    assert model.fix is not None and model.fix.safety == FixSafety.UNSAFE
    assert "recompute every stored vector" in model.message
    assert "pass dimensions=1024" in model.message and "pass dimensions=1024" in model.fix.description
    assert fix_source(source, ctx, unsafe=False)[0] == source
    fixed, _, _ = fix_source(source, ctx, unsafe=True)
    assert ('v = client.embeddings.create(model="text-embedding-3-small", input="x", '
            'dimensions=1024)') in fixed
    # a model whose vectors are longer than the new one returns: no rename, resize first
    curie = source.replace("text-similarity-ada-001", "text-search-curie-doc-001")
    [big] = [f for f in check_source(curie, ctx) if f.code == "GM001"]
    assert big.fix is None and "resize the vector store" in big.message


# -- openai.error (GM202) ------------------------------------------------------------------------


def _error_finding(text: str, needle: str) -> "Finding":
    """A GM202 finding over `needle`, as the detector reports it (the dotted name's span)."""
    line_number = next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)
    column = text.splitlines()[line_number - 1].index(needle) + 1
    return Finding("GM202", "v0-error-class", Severity.ERROR, "openai.error was removed",
                   Position(line_number, column), Position(line_number, column + len(needle)),
                   fix_safety=FixSafety.MANUAL)


ERRORS = '''import openai
from openai.error import RateLimitError, InvalidRequestError


def call(f):
    try:
        return f()
    except openai.error.Timeout:
        return None
    except (RateLimitError, InvalidRequestError):
        return None
'''


def test_openai_error_classes_move_to_the_openai_module(ctx):
    findings = [_error_finding(ERRORS, "openai.error.Timeout"),
                _error_finding(ERRORS, "openai.error")]
    fixed_findings = rewrite.attach_fixes(ERRORS, findings, None, ctx.options, sdk.DEFAULT)
    assert all(f.fix is not None and f.fix.safety == FixSafety.UNSAFE for f in fixed_findings)
    assert "NotFoundError" in fixed_findings[1].fix.description
    fixed, applied = apply_fixes(ERRORS, [f.fix for f in fixed_findings])
    assert applied == 2
    # 0.x's InvalidRequestError is openai>=1's BadRequestError (400) and NotFoundError (404)
    assert "from openai import RateLimitError, BadRequestError, NotFoundError\n" in fixed
    assert "    except openai.APITimeoutError:\n" in fixed
    assert "    except (RateLimitError, BadRequestError, NotFoundError):\n" in fixed
    compile(fixed, "errors.py", "exec")


def test_openai_error_stays_for_a_v0_project_and_for_removed_classes(ctx):
    text = "import openai\n\ntry:\n    pass\nexcept openai.error.TryAgain:\n    pass\n"
    [removed] = rewrite.attach_fixes(text, [_error_finding(text, "openai.error.TryAgain")], None,
                                     ctx.options, sdk.DEFAULT)
    assert removed.fix is None and "0.28 never raised TryAgain" in removed.message
    pinned = sdk.SdkChoice(0, "requirements.txt requires openai==0.28.1")
    [kept] = rewrite.attach_fixes(text, [_error_finding(text, "openai.error.TryAgain")], None,
                                  ctx.options, pinned)
    assert kept.fix is None and "upgrade openai first" in kept.message


CLAUSE_ORDER = """import openai


def fetch(send):
    try:
        return send()
    except openai.error.APIConnectionError:
        return "offline"
    except openai.error.Timeout:
        return "slow"
"""


def test_a_timeout_clause_moves_before_the_connection_clause(ctx):
    """openai>=1's APITimeoutError is an APIConnectionError (0.28's Timeout was a sibling):
    the timeout clause moves first, as one clean text move."""
    [_, timeout] = [f for f in check_source(CLAUSE_ORDER, ctx) if f.code == "GM202"]
    assert timeout.fix is not None and "move the clause of line 9 before line 7" \
        in timeout.fix.description
    fixed, _, _ = fix_source(CLAUSE_ORDER, ctx, unsafe=True)
    assert fixed.index("except openai.APITimeoutError:\n        return \"slow\"") \
        < fixed.index("except openai.APIConnectionError:\n        return \"offline\"")
    assert fix_source(fixed, ctx, unsafe=True)[0] == fixed


def test_clauses_that_would_catch_differently_stay_manual_with_what_to_do(ctx):
    # not a clean move: a comment above the timeout clause may be about it
    commented = CLAUSE_ORDER.replace("    except openai.error.Timeout",
                                     "    # too slow\n    except openai.error.Timeout")
    findings = [f for f in check_source(commented, ctx) if f.code == "GM202"]
    assert [f.fix for f in findings] == [None, None]
    assert all("APITimeoutError is a subclass of APIConnectionError" in f.message
               and "put the clause of line 10 (`except openai.APITimeoutError`) before it"
               in f.message for f in findings)
    # 0.28's APIError and ServiceUnavailableError are both openai>=1's InternalServerError
    merged = CLAUSE_ORDER.replace("APIConnectionError", "APIError").replace(
        "Timeout", "ServiceUnavailableError")
    findings = [f for f in check_source(merged, ctx) if f.code == "GM202"]
    assert [f.fix for f in findings] == [None, None]
    assert all("raises InternalServerError for both 0.x's APIError (line 7) and "
               "ServiceUnavailableError (line 9)" in f.message
               and "test `e.status_code == 503`" in f.message for f in findings)
    # the same classes in one tuple, or in two try statements, keep their rename
    tupled = merged.replace("openai.error.APIError:", "(openai.error.APIError, "
                            "openai.error.ServiceUnavailableError):")
    tupled = tupled[:tupled.index("    except openai.error.ServiceUnavailableError:")]
    apart = merged.replace("    except openai.error.ServiceUnavailableError:",
                           "    try:\n        pass\n"
                           "    except openai.error.ServiceUnavailableError:")
    apart = apart.replace('        return "slow"', '        pass')
    for text in (tupled, apart):
        compile(text, "t.py", "exec")
        assert all(f.fix is not None for f in check_source(text, ctx) if f.code == "GM202"), text


def test_a_text_mode_upload_is_opened_binary_or_left_with_the_reason(ctx):
    source = ('import openai\n\n\ndef up(path):\n    with open(path) as f:\n'
              '        return openai.File.create(file=f, purpose="fine-tune")\n')
    fixed, _, _ = fix_source(source, ctx, unsafe=True)
    assert '    with open(path, "rb") as f:\n' in fixed
    [upload] = [f for f in check_source(source, ctx) if f.code == "GM201"]
    assert 'f is opened "rb": openai>=1 uploads only files opened in binary mode' \
        in upload.fix.description
    read_too = source.replace("        return", "        print(f.read())\n        return")
    [manual] = [f for f in check_source(read_too, ctx) if f.code == "GM201"]
    assert manual.fix is None and "f is a file opened in text mode on line 5 (line 6 reads it " \
        "too), and openai>=1 uploads only files opened in binary mode" in manual.message
    assert fix_source(read_too, ctx, unsafe=True)[0] == read_too


def test_an_empty_organization_still_means_not_set(ctx):
    """openai<1 sent OpenAI-Organization only for a non-empty value, openai>=1 whenever it is
    not None: the forwarded setting, and a call's own organization=, get `or None`."""
    source = ('import openai\n\n\ndef ask(question, key, org):\n'
              '    reply = openai.ChatCompletion.create(model="gpt-4o", messages=[{"role": '
              '"user", "content": question}], api_key=key, organization=org)\n'
              '    return reply["choices"][0]["message"]["content"]\n')
    fixed, _, _ = fix_source(source, ctx, unsafe=True)
    assert "    client = OpenAI(api_key=key, organization=org or None)\n" in fixed
    literal = source.replace("organization=org", 'organization="org-team"')
    fixed, _, _ = fix_source(literal, ctx, unsafe=True)
    assert 'OpenAI(api_key=key, organization="org-team")\n' in fixed


def test_a_read_of_a_setting_openai_1_lacks_is_reported_where_nothing_sets_it(ctx):
    source = ('import openai\n\n\ndef ask(q):\n    print(openai.api_base)\n'
              '    return openai.ChatCompletion.create(model="gpt-4o", messages=[{"role": "user", '
              '"content": q}])["choices"][0]["message"]["content"]\n')
    [read] = [f for f in check_source(source, ctx) if f.code == "GM206"]
    assert read.line == 5 and "openai.api_base is read here" in read.message
    assert "client.base_url" in read.message and "OPENAI_BASE_URL" in read.message
    fixed, _, _ = fix_source(source, ctx, unsafe=True)
    # the call is rewritten; the read becomes the lookup 0.28 made (openai.base_url would be
    # None here), with os imported
    assert "client.chat.completions.create(" in fixed and fixed.startswith("import os\n")
    assert 'print(os.environ.get("OPENAI_API_BASE", "https://api.openai.com/v1"))' in fixed
    # where the module sets it, the client takes it and every use is renamed, as before
    set_first = source.replace("import openai\n",
                               'import openai\n\nopenai.api_base = "http://gw/v1"\n')
    assert not [f for f in check_source(set_first, ctx) if f.code == "GM206"]
    fixed, _, _ = fix_source(set_first, ctx, unsafe=True)
    assert "print(openai.base_url)" in fixed and "base_url=openai.base_url" in fixed


def test_a_key_read_becomes_the_environment_lookup_unless_another_module_sets_it(
        tmp_path: Path):
    """openai<1 filled openai.api_key from OPENAI_API_KEY; openai>=1 leaves it None. A read in
    0.x code becomes 0.28's lookup, except where another module of the project sets the key
    (then the read may be right as it is) or the project pins openai<1."""
    source = ('import sys\nimport openai\n\nif not openai.api_key:\n    sys.exit("no key")\n'
              'r = openai.ChatCompletion.create(model="gpt-4o", messages=[])\n')
    alone = tmp_path / "alone"
    alone.mkdir()
    _project_file(alone, source, "openai>=1")
    _fix_project(alone)
    fixed = (alone / "app.py").read_text()
    assert 'import os\nimport sys' in fixed and 'if not os.environ.get("OPENAI_API_KEY"):' in fixed
    beside = tmp_path / "beside"
    beside.mkdir()
    _project_file(beside, source, "openai>=1")
    (beside / "config.py").write_text('import openai\n\nopenai.api_key = "sk-test"\n')
    result = CliRunner().invoke(main, ["scan", str(beside), *PINNED, "--unsafe-fixes",
                                       "--format", "json"], catch_exceptions=False)
    [read] = [f for f in json.loads(result.output)["findings"] if f["code"] == "GM206"]
    assert read["fix"] is None and "config.py sets openai.api_key" in read["message"]
    pinned = tmp_path / "pinned"
    pinned.mkdir()
    _project_file(pinned, source, "openai==0.28.1")
    _fix_project(pinned)
    assert (pinned / "app.py").read_text() == source


def test_v0_reads_keep_the_quotes_of_an_f_string(ctx, tmp_path: Path):
    source = ('import openai\n\n\ndef f(p):\n    r = openai.Completion.create(model="text-davinci-003",'
              ' prompt=p)\n    return f"{r[\'choices\'][0][\'text\']}!"\n')
    path = _project_file(tmp_path, source, "openai==0.28.1")
    fixed, _, _ = fix_source(source, ctx, unsafe=True, path=str(path))
    assert "return f\"{r['choices'][0]['message']['content']}!\"" in fixed
    compile(fixed, "f.py", "exec")


STORED_CREATE = ('import openai\n\ncreate = openai.ChatCompletion.create\n\n\ndef f(m):\n'
          '    r = create(model="gpt-4o", messages=m)\n'
          '    return r["choices"][0]["message"]["content"]\n')


def test_a_call_through_a_stored_reference_changes_the_reference_with_it(ctx):
    fixed = fix_source(STORED_CREATE, ctx, unsafe=True)[0]
    assert "client = OpenAI()\n\ncreate = client.chat.completions.create\n" in fixed
    assert '    r = create(model="gpt-4o", messages=m)\n' in fixed
    assert "    return r.choices[0].message.content\n" in fixed


@pytest.mark.parametrize("other", [
    "print(create)\n",  # used other than by calling it
    "create = openai.ChatCompletion.create  # again\n",  # bound twice
    'create("gpt-4o")\n',  # a call left manual (positional arguments)
])
def test_a_call_through_a_stored_reference_used_otherwise_is_manual(ctx, other: str):
    source = STORED_CREATE + other
    [finding] = [f for f in check_source(source, ctx) if f.code == "GM201" and f.line == 7]
    assert finding.fix is None and "stored reference" in finding.message
    assert "create(model=\"gpt-4o\", messages=m)\n    return r[\"choices\"]" in \
        fix_source(source, ctx, unsafe=True)[0]


def test_readme_rewrite_example_is_what_the_tool_writes(ctx):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Rewrites"):]
    before, after = re.findall(r"```python\n(.*?)```", section, re.DOTALL)[:2]
    assert fix_source(before, ctx, unsafe=True)[0] == after


def test_an_unforeseen_shape_is_reported_not_raised(ctx, monkeypatch):
    def broken(self):
        raise KeyError("surprise")

    monkeypatch.setattr(rewrite.CallPlan, "_func", broken)
    [finding] = [f for f in check_source(V0_COMPLETION, ctx) if f.code == "GM101"]
    assert finding.fix is None
    assert "the rewriter cannot handle this (KeyError)" in finding.message


def test_an_unforeseen_shape_in_a_module_rewrite_is_reported_not_raised(ctx, monkeypatch):
    """The module-wide rewrites (google-generativeai, Vertex AI ...) share the guard."""
    from gptmigrate.migrations import google_genai

    def broken(self):
        raise AttributeError("surprise")

    monkeypatch.setattr(google_genai._Rewrite, "_client_name", broken)
    source = ("import vertexai\nfrom vertexai.generative_models import GenerativeModel\n\n"
              "vertexai.init(project='p', location='l')\nm = GenerativeModel('gemini-3.5-flash')"
              "\nprint(m.generate_content('x').text)\n")
    [finding] = [f for f in check_source(source, ctx) if f.code == "GM212"]
    assert finding.fix is None
    assert "the rewriter cannot handle this (AttributeError)" in finding.message


# -- outlines: libcst parses only what a rewrite can look at ------------------------------------

OUTLINED = '''"""A module whose rewrite must not change when its unrelated code is blanked out."""
import functools

import openai

MODEL = "text-davinci-003"
openai.api_key = "sk-test"


def unrelated(rows):
    """Blanked: nothing a rewrite looks at."""
    return [row for row in rows if row]


@functools.lru_cache()
def decorated(value):
    return value * 2


def reads_the_constant():
    return MODEL.upper()  # keeps the function: MODEL is used outside the call


def has_a_client_name(client=None):
    return client  # blanked; `client` is still taken: the module spells it


def sets_a_global():
    global CACHE
    CACHE = {}


class Holder:
    def plain(self):
        return 1

    def other(self):
        return self.client


def complete(prompt):
    response = openai.Completion.create(model=MODEL, prompt=prompt, max_tokens=5)
    return response["choices"][0]["text"]


def complete_again(prompt):
    def closure():
        return reply["choices"][0]["text"]
    reply = openai.Completion.create(model="text-davinci-003", prompt=prompt)
    return closure()
'''


def _plans(text: str, ctx, path: str, how: str):
    """The findings with their plans, from detection of the whole module or of what `focus`
    kept (unrelated definitions left unparsed: planning then detects the module whole)."""
    from gptmigrate.detect import detect_source
    from gptmigrate.sdk import sdk_for

    tree, detection = detect_source(text, ctx.options,
                                    ctx.prefilter.accepts_text if how == "focused" else None)
    assert bool(detection.left_out) <= (how == "focused")
    return rewrite.attach_fixes(text, detection.findings, detection, ctx.options,
                                sdk_for(path), tree)


def test_focused_plans_are_the_plans_of_the_whole_module(ctx):
    variants = [OUTLINED, OUTLINED.replace("\n", "\r\n"), OUTLINED.replace("\n", "\r"),
                re.sub(r"(?m)^    ", "\t", OUTLINED)]
    sources = [("outlined.py", variant) for variant in variants] + [
        (str(p), p.read_text(encoding="utf-8"))
        for folder in ("tests/fixtures", "tests/corpus", "tests/projects", "examples")
        for p in sorted((ROOT / folder).rglob("*.py"))]
    compared = focused = 0
    for path, text in sources:
        try:
            whole = _plans(text, ctx, path, "whole")
        except SyntaxError:
            continue
        assert _plans(text, ctx, path, "focused") == whole, path
        compared += any(f.fix is not None and f.code in rewrite.CALL_CODES for f in whole)
        focused += Focus.of(text, ctx.prefilter.accepts_text) is not None
    assert compared >= 10 and focused >= 10
    fixed, _, applied = fix_source(OUTLINED, ctx, unsafe=True)
    assert applied and "openai_client.chat.completions.create" in fixed  # `client` is taken
    assert 'return (reply.choices[0].message.content or "")' in fixed  # read inside a closure
    compile(fixed, "outlined.py", "exec")


def test_a_new_client_never_takes_a_name_the_module_spells(ctx):
    """Even in a comment or a string: the choice must not depend on what libcst parsed."""
    call = ('import openai\n\n\ndef complete(prompt):\n'
            '    return openai.Completion.create(model="text-davinci-003", prompt=prompt)'
            '["choices"][0]["text"]\n')
    plain, _, _ = fix_source(call, ctx, unsafe=True)
    assert "client = OpenAI()" in plain and "openai_client" not in plain
    commented, _, _ = fix_source(call + "# the client is created above\n", ctx, unsafe=True)
    assert "openai_client = OpenAI()" in commented
    assert "openai_client.chat.completions.create(" in commented
    both, _, _ = fix_source(call + "# client = helpdesk.Client(); openai_client later\n", ctx,
                            unsafe=True)
    assert "llm_client = OpenAI()" in both and "llm_client.chat.completions.create(" in both
    # client, openai_client and llm_client all taken: the next free name, never a taken one
    three = call + "client = openai_client = llm_client = object()\n"
    fourth, _, _ = fix_source(three, ctx, unsafe=True)
    assert "oai_client = OpenAI()" in fourth and "oai_client.chat.completions.create(" in fourth
    every = three + "oai_client = sdk_client = None\n"
    none_free, _, _ = fix_source(every, ctx, unsafe=True)
    assert "chat.completions" not in none_free and "OpenAI()" not in none_free


@hsettings(max_examples=300, deadline=None)
@given(st.text(alphabet="clienta_1é \n.", max_size=40), st.integers(0, 40), st.integers(0, 40))
def test_whole_word_search_means_the_regex_it_replaced(text: str, start: int, end: int):
    """`_spelled_anywhere` finds a word exactly where `(?<!\\w)word(?!\\w)` would."""
    start, end = min(start, len(text)), min(max(start, end), len(text))
    words = {"client", "aclient", "a", "é"}
    expected = {word for word in words
                if re.compile(rf"(?<!\w){re.escape(word)}(?!\w)").search(text, start, end)}
    assert rewrite._spelled_anywhere(text, words, start, end) == expected


PARENT_SHAPES = """\
import a.b as c, d
from . import (e as f, g)
@deco(1)
class K(Base, metaclass=M):
    x: int = 1
    async def m(self, /, p, *args, q=2, **kw) -> "K":
        global h
        async with a as (b, c), d:
            async for i in j:
                print((await k)[1:2, ::3])
        return [y for y in z if y] or {k: v for k, v in w} or {*s} or (t for t in u)
def f(a=lambda x, *, y=1: x + y):
    if (n := len(a)) > 1 and not a or -a:
        del a[0], b.c
    elif a: pass
    else: raise E from F
    try:
        x = y = f"{a!r:>{b}} {c=}" "s" 'u'
    except (E, F) as e:
        x += 1; x @= 2
    finally:
        assert a, b
    while a: break
    print(*a, **b, sep="")
    return a if b else c[...]
"""
NEWER_SHAPES = """\
match a:
    case [1, *rest] if rest: pass
    case {"k": 1 | 2, **kw}: pass
    case P(x=1, y=[2, 3]): pass
    case _: pass
try:
    pass
except* G as g:
    pass
"""


def _modules() -> List[str]:
    """The shape examples and every Python file of the test corpora and examples that this
    Python parses."""
    sources = [PARENT_SHAPES, NEWER_SHAPES, OUTLINED] + [
        p.read_text(encoding="utf-8")
        for folder in ("tests/fixtures", "tests/corpus", "tests/projects", "examples")
        for p in sorted((ROOT / folder).rglob("*.py"))]
    parsed = []
    for text in sources:
        try:
            compile(text, "<modules>", "exec", dont_inherit=True)
            parsed.append(text)
        except SyntaxError:
            continue
    return parsed


def test_bindings_are_pythons_own(ctx):
    """semantic.Semantics says which scope owns each name bound in a function; Python's
    symtable says the same (locals of each function, and what `global` sends to the module)."""
    import symtable

    from gptmigrate.semantic import Semantics

    compared = 0
    for text in _modules():
        tree = detect.parse(text)
        sem = Semantics(text, tree, detect.detector_for(tree, text, ctx.options))
        sem.sites((sem.names.module, ""))  # builds the index
        functions = [node for node in ast.walk(tree)
                     if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))]
        tables = {}
        stack = [symtable.symtable(text, "<m>", "exec")]
        while stack:
            table = stack.pop()
            if table.get_type() == "function":
                tables[(table.get_name(), table.get_lineno())] = table
            stack.extend(table.get_children())
        for function in functions:
            table = tables.get((function.name, function.lineno))
            scope = sem.names.scopes[id(function)]
            if table is None:
                continue  # decorated: symtable numbers it from the decorator
            ours = {name for (owner, name) in sem._sites if owner is scope}
            theirs = {name for name in table.get_identifiers()
                      if table.lookup(name).is_local() or table.lookup(name).is_parameter()}
            assert ours == theirs, (function.name, ours ^ theirs)
            compared += 1
    assert compared > 30


def test_a_shared_model_constant_names_its_first_other_use(ctx):
    """libcst keeps a name's accesses in a set; the message must not depend on its order."""
    use = "    def show{n}(self):\n        return describe(MODEL)\n\n"
    source = ('import openai\n\nMODEL = "text-davinci-003"\n\n\nclass Bot:\n'
              "    def ask(self):\n"
              "        r = openai.Completion.create(model=MODEL, prompt='p')\n"
              "        return r['choices'][0]['text']\n\n"
              + "".join(use.format(n=n) for n in range(6)))
    for _ in range(5):
        call = next(f for f in check_source(source, ctx) if f.code == "GM101")
        assert call.message.endswith("MODEL is also used on line 12: point this call at "
                                     "gpt-5.6-terra by hand"), call.message


# -- issue 14's bug classes and shapes -------------------------------------------------------------


def test_another_librarys_openai_class_is_not_taken_for_the_client(ctx):
    """`from langchain.llms import OpenAI; llm = OpenAI()` is not an openai client: a new
    client is created (detection's import resolution decides, not the class's last name)."""
    source = ("import openai\nfrom langchain.llms import OpenAI\n\nllm = OpenAI(temperature=0)\n\n"
              "vectors = openai.Embedding.create(model=\"text-embedding-3-small\", input=[\"a\"])"
              "[\"data\"][0][\"embedding\"]\n")
    fixed, _, _ = fix_source(source, ctx, unsafe=True)
    assert "llm.embeddings" not in fixed
    assert "from openai import OpenAI as" not in fixed
    # the twin: openai's own class, imported under the same name, is reused
    own = source.replace("from langchain.llms import OpenAI", "from openai import OpenAI")
    assert "llm.embeddings.create(" in fix_source(own, ctx, unsafe=True)[0]


def test_the_langchain_client_name_gets_a_new_openai_client(ctx):
    source = ("import openai\nfrom langchain.llms import OpenAI\n\nllm = OpenAI(temperature=0)\n\n"
              "vectors = openai.Embedding.create(model=\"text-embedding-3-small\", input=[\"a\"])"
              "[\"data\"][0][\"embedding\"]\n")
    fixed, _, _ = fix_source(source, ctx, unsafe=True)
    assert "client = openai.OpenAI()\n" in fixed and "from openai import" not in fixed
    assert "client.embeddings.create(" in fixed


@pytest.mark.parametrize("binding", ["prompts = [a, b]", "prompts = list(items)",
                                     "prompts = [p.strip() for p in items]"])
def test_a_list_of_prompts_through_a_name_is_manual(ctx, binding: str):
    source = ("import openai\n\n\ndef f(a, b, items):\n"
              f"    {binding}\n"
              "    r = openai.Completion.create(model=\"text-davinci-003\", prompt=prompts)\n"
              "    return [c[\"text\"] for c in r[\"choices\"]]\n")
    [finding] = [f for f in check_source(source, ctx) if f.code == "GM101"]
    assert finding.fix is None and "holds a list" in finding.message
    # the twin: a single prompt bound to a name is rewritten
    single = source.replace(binding, "prompts = a + b")
    assert "messages=[{\"role\": \"user\", \"content\": prompts}]" in fix_source(
        single, ctx, unsafe=True)[0]


def test_a_response_that_leaves_the_function_is_the_dict_the_api_sent(ctx):
    source = ("import openai\n\n\ndef chat(m):\n"
              "    return openai.ChatCompletion.create(model=\"gpt-4o\", messages=m)\n\n\n"
              "def logged(m):\n"
              "    r = openai.ChatCompletion.create(model=\"gpt-4o\", messages=m)\n"
              "    print(r.get(\"usage\"))\n"
              "    return r.choices[0].message.content\n")
    fixed, _, _ = fix_source(source, ctx, unsafe=True)
    assert ("return _openai_object(client.chat.completions.create(model=\"gpt-4o\", "
            "messages=m).to_dict())\n") in fixed
    assert fixed.count("def _openai_object(value) -> dict:") == 1
    # what the added function hands out reads as openai<1's objects did: by key and attribute
    scope: dict = {}
    exec(fixed[fixed.index("def _openai_object"):fixed.index("def chat")], scope)
    view = scope["_openai_object"]({"choices": [{"message": {"role": "assistant"}}]})
    assert view.choices[0].message.role == view["choices"][0]["message"]["role"] == "assistant"
    assert isinstance(view, dict) and view.get("usage") is None and not hasattr(view, "usage")
    # a message shown on its own: the API's order, without the empty fields 0.x never had
    message = scope["_openai_object"]({"content": "Hi", "refusal": None, "role": "assistant",
                                       "annotations": []})
    assert str(message) == '{\n  "role": "assistant",\n  "content": "Hi"\n}'
    # nor a chat choice's null logprobs; a completion choice keeps its own (0.x had it)
    choices = scope["_openai_object"]({"choices": [
        {"index": 0, "message": {"role": "assistant", "content": "Hi"}, "logprobs": None},
        {"index": 1, "text": "Hi", "logprobs": None}]})["choices"]
    assert "logprobs" not in choices[0] and choices[1]["logprobs"] is None
    assert "    print(r.get(\"usage\"))\n" in fixed
    assert "    return r.choices[0].message.content\n" in fixed  # reads stay as written
    # a completion's response changes shape: it is handed out in a completion's shape
    completion = ("import openai\n\n\ndef complete(p):\n"
                  "    return openai.Completion.create(model=\"text-davinci-003\", prompt=p)\n")
    fixed, _, _ = fix_source(completion, ctx, unsafe=True)
    assert ("    return _completion_object(client.chat.completions.create(model=\"gpt-5.6-terra\", "
            "messages=[{\"role\": \"user\", \"content\": p}]).to_dict())\n") in fixed
    scope = {}
    exec(fixed[fixed.index("def _cut_at_stop"):fixed.index("def complete")], scope)
    chat = {"id": "c1", "model": "gpt-5.6-terra", "usage": {"total_tokens": 9},
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": "Paris\n\nMore"}}]}
    old = scope["_completion_object"](chat)
    assert old["choices"][0]["text"] == old.choices[0].text == "Paris\n\nMore"
    assert old.usage.total_tokens == 9 and old["object"] == "text_completion"
    cut = scope["_completion_object"](chat, ["\n\n"])
    assert cut.choices[0].text == "Paris" and cut.choices[0].finish_reason == "stop"


def test_a_response_name_assigned_twice_is_followed_when_both_are_responses(ctx):
    source = ("import openai\n\n\ndef f(p):\n"
              "    resp = openai.Completion.create(model=\"text-davinci-003\", prompt=p)\n"
              "    first = resp[\"choices\"][0][\"text\"]\n"
              "    resp = openai.Completion.create(model=\"text-davinci-003\", prompt=first)\n"
              "    return resp[\"choices\"][0][\"text\"]\n")
    fixed, _, _ = fix_source(source, ctx, unsafe=True)
    assert fixed.count("client.chat.completions.create(") == 2
    assert fixed.count("(resp.choices[0].message.content or \"\")") == 2
    compile(fixed, "twice.py", "exec")
    # a name that also holds something else: in straight-line code each read belongs to
    # the assignment before it
    other = source.replace("    first = resp", "    resp = {\"choices\": [{\"text\": p}]}\n"
                                               "    first = resp")
    fixed = fix_source(other, ctx, unsafe=True)[0]
    assert '    first = resp["choices"][0]["text"]\n' in fixed
    assert "    return (resp.choices[0].message.content or \"\")\n" in fixed
    # the twin: in a loop a read may see the previous round's value: left alone
    looped = ("import openai\n\n\ndef f(prompts):\n    resp = None\n    for p in prompts:\n"
              "        if resp:\n            print(resp[\"choices\"][0][\"text\"])\n"
              "        resp = {\"choices\": [{\"text\": p}]}\n"
              "        resp = openai.Completion.create(model=\"text-davinci-003\", prompt=p)\n")
    [finding] = [f for f in check_source(looped, ctx) if f.code == "GM101"]
    assert finding.fix is None and "also assigned something else" in finding.message


def test_a_streamed_chat_delta_read_with_get_becomes_an_attribute(ctx):
    source = ("import openai\n\n\ndef f(m):\n    out = \"\"\n"
              "    for chunk in openai.ChatCompletion.create(model=\"gpt-4o\", messages=m, "
              "stream=True):\n"
              "        out += chunk[\"choices\"][0][\"delta\"].get(\"content\", \"\")\n"
              "    return out\n")
    fixed, _, _ = fix_source(source, ctx, unsafe=True)
    assert "        out += (chunk.choices[0].delta.content or \"\")\n" in fixed


@pytest.mark.parametrize("shape, moved", [
    ('class Bot:\n    model = "text-davinci-003"\n\n    def ask(self, p):\n'
     '        r = openai.Completion.create(model=self.model, prompt=p)\n'
     '        return r["choices"][0]["text"]\n', '    model = "gpt-5.6-terra"\n'),
    ('def ask(p, model="text-davinci-003"):\n'
     '    r = openai.Completion.create(model=model, prompt=p)\n'
     '    return r["choices"][0]["text"]\n', 'def ask(p, model="gpt-5.6-terra"):\n'),
    ('MODELS = {"fast": "text-davinci-003", "old": "text-curie-001"}\n\n\ndef ask(p):\n'
     '    r = openai.Completion.create(model=MODELS["fast"], prompt=p)\n'
     '    return r["choices"][0]["text"]\n',
     'MODELS = {"fast": "gpt-5.6-terra", "old": "text-curie-001"}\n'),
    ('MODEL = os.getenv("OPENAI_MODEL", "text-davinci-003")\n\n\ndef ask(p):\n'
     '    r = openai.Completion.create(model=MODEL, prompt=p)\n'
     '    return r["choices"][0]["text"]\n',
     'MODEL = os.getenv("OPENAI_MODEL", "gpt-5.6-terra")\n'),
])
def test_a_model_that_flows_into_the_call_moves_with_it(ctx, shape: str, moved: str):
    source = "import os\n\nimport openai\n\n" + shape
    fixed, _, applied = fix_source(source, ctx, unsafe=True)
    assert moved in fixed and "client.chat.completions.create(model=" in fixed, fixed
    compile(fixed, "flow.py", "exec")


def test_a_flowing_model_used_another_way_too_stays_manual(ctx):
    source = ('import openai\n\nMODELS = {"fast": "text-davinci-003"}\n\n\ndef ask(p):\n'
              '    print(MODELS["fast"])\n'
              '    r = openai.Completion.create(model=MODELS["fast"], prompt=p)\n'
              '    return r["choices"][0]["text"]\n')
    [finding] = [f for f in check_source(source, ctx) if f.code == "GM101"]
    assert finding.fix is None and "computed at run time" in finding.message


# -- a model constant of another module ------------------------------------------------------------

SETTINGS = 'import os\n\nCOMPLETION_MODEL = "text-davinci-003"\nTOKENS = 64\n'
CALLER = ('import openai\n\nfrom settings import COMPLETION_MODEL, TOKENS\n\n\n'
          'def answer(ticket):\n'
          '    resp = openai.Completion.create(model=COMPLETION_MODEL, prompt=ticket,'
          ' max_tokens=TOKENS)\n'
          '    return resp["choices"][0]["text"]\n')


def _fix_project(root: Path):
    """`scan ROOT --fix --unsafe-fixes` through the CLI; the result, for its output."""
    return CliRunner().invoke(main, ["scan", str(root), *PINNED, "--fix", "--unsafe-fixes"],
                              catch_exceptions=False)


def _project(tmp_path: Path, **files: str) -> Path:
    root = tmp_path / "app"
    root.mkdir()
    (root / "requirements.txt").write_text("openai>=1\n")
    for name, text in files.items():
        (root / f"{name}.py").write_text(text)
    return root


def test_an_imported_model_constant_moves_with_the_calls_that_pass_it(ctx, tmp_path: Path):
    root = _project(tmp_path, settings=SETTINGS, assistant=CALLER)
    _fix_project(root)
    assert 'COMPLETION_MODEL = "gpt-5.6-terra"\n' in (root / "settings.py").read_text()
    fixed = (root / "assistant.py").read_text()
    assert "client.chat.completions.create(model=COMPLETION_MODEL, messages=" in fixed
    compile(fixed, "assistant.py", "exec")
    again = CliRunner().invoke(main, ["scan", str(root), *PINNED, "--unsafe-fixes", "--diff"])
    assert "+++" not in again.output


def test_an_imported_model_constant_stays_when_the_run_does_not_hold_both(ctx, tmp_path: Path):
    root = _project(tmp_path, settings=SETTINGS, assistant=CALLER)
    result = CliRunner().invoke(main, ["scan", str(root / "assistant.py"), *PINNED, "--fix",
                                       "--unsafe-fixes"], catch_exceptions=False)
    assert (root / "assistant.py").read_text() == CALLER, result.output
    assert (root / "settings.py").read_text() == SETTINGS


def test_an_imported_model_constant_used_another_way_stays(ctx, tmp_path: Path):
    other = "from settings import COMPLETION_MODEL\n\nprint('using', COMPLETION_MODEL)\n"
    root = _project(tmp_path, settings=SETTINGS, assistant=CALLER, banner=other)
    report = CliRunner().invoke(main, ["scan", str(root), *PINNED, "--unsafe-fixes"])
    assert "scan the project that holds both modules" in report.output
    _fix_project(root)
    assert (root / "settings.py").read_text() == SETTINGS
    assert (root / "assistant.py").read_text() == CALLER


TABLE_CONFIG = 'MODELS = {"chat": "gpt-3.5-turbo", "embedding": "text-embedding-3-small"}\n'
TABLE_CALLER = ('import openai\n\nfrom config import MODELS\n\n\ndef ask(q):\n'
                '    r = openai.ChatCompletion.create(model=MODELS["chat"], messages=[{"role": '
                '"user", "content": q}], temperature=0.2, max_tokens=50)\n'
                '    return r["choices"][0]["message"]["content"]\n')


def test_an_imported_table_entry_moves_with_the_parameters_its_new_model_takes(tmp_path: Path):
    root = _project(tmp_path, config=TABLE_CONFIG, llm=TABLE_CALLER)
    _fix_project(root)
    assert '"chat": "gpt-5.6-terra"' in (root / "config.py").read_text()
    fixed = (root / "llm.py").read_text()
    assert ('client.chat.completions.create(model=MODELS["chat"], messages=[{"role": "user", '
            '"content": q}], max_completion_tokens=50)') in fixed
    again = CliRunner().invoke(main, ["scan", str(root), *PINNED, "--unsafe-fixes", "--diff"])
    assert "+++" not in again.output


def test_an_imported_table_entry_another_module_compares_keeps_the_call(tmp_path: Path):
    """The twin: a read that compares the entry holds its rename, so the call keeps its
    parameters and stays manual (it would send them to the old model's replacement)."""
    checker = ('from config import MODELS\n\n\ndef legacy():\n'
               '    return MODELS["chat"] == "gpt-3.5-turbo"\n')
    root = _project(tmp_path, config=TABLE_CONFIG, llm=TABLE_CALLER, checker=checker)
    result = _fix_project(root)
    assert 'its model is MODELS["chat"] of config.py; config.py names gpt-3.5-turbo' \
        in result.output.replace("\n", " ")
    assert (root / "config.py").read_text() == TABLE_CONFIG
    assert (root / "llm.py").read_text() == TABLE_CALLER


ENTRY_CONFIG = ('MODELS = {"summary": "text-davinci-003", "embedding": '
                '"text-embedding-3-small"}\n')
ENTRY_CALLER = ('import openai\n\nfrom config import MODELS\n\n\ndef summarize(text):\n'
                '    r = openai.Completion.create(model=MODELS["summary"], prompt=text, '
                'max_tokens=30)\n'
                '    return r["choices"][0]["text"]\n')


def test_a_completion_entry_of_another_modules_dict_moves_with_its_calls(tmp_path: Path):
    root = _project(tmp_path, config=ENTRY_CONFIG, llm=ENTRY_CALLER)
    _fix_project(root)
    assert '"summary": "gpt-5.6-terra"' in (root / "config.py").read_text()
    fixed = (root / "llm.py").read_text()
    assert ('client.chat.completions.create(model=MODELS["summary"], messages=[{"role": '
            '"user", "content": text}], max_completion_tokens=30)') in fixed


def test_a_completion_entry_read_whole_elsewhere_stays_with_its_calls(tmp_path: Path):
    """The twin: another module reads the dict whole, so the entry cannot move, and the call
    that sends it cannot move to chat."""
    shown = "from config import MODELS\n\nprint(MODELS)\n"
    root = _project(tmp_path, config=ENTRY_CONFIG, llm=ENTRY_CALLER, show=shown)
    _fix_project(root)
    assert (root / "config.py").read_text() == ENTRY_CONFIG
    assert (root / "llm.py").read_text() == ENTRY_CALLER


RETURNS = ('import openai\n\n\ndef complete(prompt):\n'
           '    return openai.Completion.create(model="text-davinci-003", prompt=prompt)\n\n\n'
           'def main():\n'
           '    print(complete("Hi")["choices"][0]["text"].strip())\n')


def test_a_returned_completion_is_followed_into_the_callers(tmp_path: Path):
    root = _project(tmp_path, app=RETURNS)
    _fix_project(root)
    fixed = (root / "app.py").read_text()
    assert '    print((complete("Hi").choices[0].message.content or "").strip())\n' in fixed
    assert "client.chat.completions.create(" in fixed
    compile(fixed, "app.py", "exec")


def test_a_returned_completion_another_module_imports_keeps_a_completions_shape(
        tmp_path: Path):
    other = 'from app import complete\n\nprint(complete("x")["choices"][0]["text"])\n'
    root = _project(tmp_path, app=RETURNS, other=other)
    _fix_project(root)
    fixed = (root / "app.py").read_text()
    assert "    return _completion_object(client.chat.completions.create(" in fixed
    assert '    print(complete("Hi")["choices"][0]["text"].strip())\n' in fixed  # reads stay
    assert (root / "other.py").read_text() == other


def test_settings_made_inside_a_function_get_a_client_made_where_the_call_runs(ctx):
    """Async and Azure calls, which openai's module-level client cannot serve."""
    source = ('import openai\n\nopenai.api_type = "azure"\nopenai.api_version = "2024-02-01"\n\n\n'
              "async def ask(messages, endpoint, key):\n"
              "    openai.api_base = endpoint\n    openai.api_key = key\n"
              '    r = await openai.ChatCompletion.acreate(engine="chat", messages=messages)\n'
              '    return r["choices"][0]["message"]["content"]\n')
    fixed, _, applied = fix_source(source, ctx, unsafe=True)
    assert applied and "    openai.azure_endpoint = endpoint\n" in fixed
    assert ("    aclient = AsyncAzureOpenAI(api_key=openai.api_key, api_version=openai.api_version,"
            " azure_endpoint=openai.azure_endpoint)\n    r = await aclient.chat.completions.create("
            'model="chat", messages=messages)\n') in fixed
    compile(fixed, "azure.py", "exec")
    # the twin: an api_type computed at run time leaves the choice of client to the user
    computed = source.replace('openai.api_type = "azure"', 'openai.api_type = settings.TYPE')
    [finding] = [f for f in check_source(computed, ctx) if f.code == "GM201"]
    assert finding.fix is None and "api_type at run time (set computed" in finding.message


@pytest.mark.parametrize("source, last_line", [
    ('"""Doc."""\nimport os\nfrom typing import List\nX = 1\nimport json\n', 3),
    ("import sys\nif sys.version_info >= (3, 8):\n    import json\nelse:\n    import simplejson as json\n"
     "def f():\n    pass\n", 5),
    ("import a\ntry:\n    import b\nexcept ImportError:\n    b = None\n", 1),
    ('"""Only a docstring."""\nX = 1\n', None),
])
def test_code_the_fix_adds_goes_after_the_leading_imports(source: str, last_line):
    statement = rewrite._leading_imports(ast.parse(source))
    assert (statement.end_lineno if statement is not None else None) == last_line


PASSED_MODEL = ('import openai\n\nMODEL = "text-davinci-003"\n\n\n'
                "def complete(prompt, model, tokens=20):\n"
                "    resp = openai.Completion.create(model=model, prompt=prompt, max_tokens=tokens)\n"
                '    return resp["choices"][0]["text"]\n\n\n'
                "def main():\n"
                '    print(complete("Hi", MODEL))\n'
                '    print(complete("Bye", model="text-davinci-002"))\n')


def test_a_model_the_callers_pass_moves_with_the_call(tmp_path: Path):
    root = _project(tmp_path, app=PASSED_MODEL)
    _fix_project(root)
    fixed = (root / "app.py").read_text()
    assert 'MODEL = "gpt-5.6-terra"\n' in fixed
    assert '    print(complete("Bye", model="gpt-5.6-terra"))\n' in fixed
    assert "client.chat.completions.create(model=model, messages=" in fixed
    compile(fixed, "app.py", "exec")


@pytest.mark.parametrize("change", [
    # a caller computes the model: its value is unknown here
    ('model="text-davinci-002"', 'model=name.strip()'),
    # the parameter is also used otherwise (a tokenizer looks the name up)
    ("    resp = openai", "    print(len(model))\n    resp = openai"),
    # callers in another module may pass anything
    ("def main():", "def unused():"),
])
def test_a_model_the_callers_pass_stays_manual_when_not_all_are_known(tmp_path: Path, change):
    source = PASSED_MODEL.replace(*change)
    other = "from app import complete\n\nprint(complete('x', 'ada'))\n" \
        if change[1] == "def unused():" else None
    root = _project(tmp_path, app=source.replace("def main():", "def main(name):"),
                    **({"other": other} if other else {}))
    before = (root / "app.py").read_text()
    _fix_project(root)
    assert (root / "app.py").read_text() == before


PASSES_ON = ("import openai\n\n\n"
             "def report(resp):\n"
             '    for choice in resp["choices"]:\n'
             '        print(choice["text"].strip())\n\n\n'
             "def main():\n"
             '    resp = openai.Completion.create(model="text-davinci-003", prompt="Hi")\n'
             "    report(resp)\n")


def test_a_completion_passed_to_a_function_is_followed_into_it(tmp_path: Path):
    root = _project(tmp_path, app=PASSES_ON)
    _fix_project(root)
    fixed = (root / "app.py").read_text()
    assert "    for choice in resp.choices:\n" in fixed
    assert '        print((choice.message.content or "").strip())\n' in fixed
    compile(fixed, "app.py", "exec")


@pytest.mark.parametrize("extra, other", [
    # a second caller passes something else: the parameter's reads serve both
    ('\n\ndef replay(saved):\n    report(saved)\n', None),
    # another module may call it with a 0.x-shaped dict
    ("", "from app import report\n\nreport({'choices': []})\n"),
])
def test_a_completion_passed_to_a_function_others_call_keeps_a_completions_shape(
        tmp_path: Path, extra, other):
    source = PASSES_ON + extra
    root = _project(tmp_path, app=source, **({"other": other} if other else {}))
    _fix_project(root)
    fixed = (root / "app.py").read_text()
    assert '    resp = _completion_object(client.chat.completions.create(' in fixed
    assert '        print(choice["text"].strip())\n' in fixed  # the function's reads stay
    compile(fixed, "app.py", "exec")


KWARGS_THROUGH = ("import openai\n\n\n"
                  "def complete(prompt, **kwargs):\n"
                  '    resp = openai.Completion.create(model="text-davinci-003", prompt=prompt, '
                  "**kwargs)\n"
                  '    return resp["choices"][0]["text"]\n\n\n'
                  "def main():\n"
                  '    print(complete("Hi"))\n'
                  '    print(complete("Bye", user="bob"))\n')


def test_kwargs_whose_callers_are_known_pass_through(tmp_path: Path):
    root = _project(tmp_path, app=KWARGS_THROUGH)
    _fix_project(root)
    fixed = (root / "app.py").read_text()
    assert ('client.chat.completions.create(model="gpt-5.6-terra", messages=[{"role": "user", '
            '"content": prompt}], **kwargs)') in fixed


@pytest.mark.parametrize("caller, reason", [
    ('complete("Bye", max_tokens=5)', "max_tokens= through **kwargs"),
    ('complete("Bye", suffix="!")', "send suffix= through it"),
    ('complete("Bye", **options)', "the call passes **kwargs (dynamic arguments)"),
])
def test_kwargs_the_chat_target_would_not_take_stay_manual(tmp_path: Path, caller, reason):
    source = KWARGS_THROUGH.replace('complete("Bye", user="bob")', caller).replace(
        "def main():", "def main(options=None):")
    root = _project(tmp_path, app=source)
    result = CliRunner().invoke(main, ["scan", str(root), *PINNED, "--unsafe-fixes", "--fix"],
                                catch_exceptions=False)
    assert (root / "app.py").read_text() == source
    assert reason in result.output.replace("\n", " ")


STORED = ("import openai\n\n\n"
          "class Drafter:\n"
          "    def __init__(self):\n"
          "        self.last = None\n\n"
          "    def draft(self, subject):\n"
          '        self.last = openai.Completion.create(model="text-davinci-003", prompt=subject)\n\n'
          "    def text(self):\n"
          '        return self.last["choices"][0]["text"]\n')


def test_a_response_stored_on_self_is_followed_into_the_class(tmp_path: Path):
    root = _project(tmp_path, app=STORED)
    _fix_project(root)
    fixed = (root / "app.py").read_text()
    assert '        return (self.last.choices[0].message.content or "")\n' in fixed
    compile(fixed, "app.py", "exec")


@pytest.mark.parametrize("extra, other", [
    # read from outside the class
    ('\n\ndef peek(d):\n    return d.last["choices"]\n', None),
    # a subclass may read it
    ("\n\nclass Loud(Drafter):\n    pass\n", None),
    # another module may reach the objects
    ("", "from app import Drafter\n\nprint(Drafter().last)\n"),
    # set to something else too
    ('\n    def reset(self):\n        self.last = {"choices": []}\n', None),
])
def test_a_response_stored_on_self_others_may_read_keeps_a_completions_shape(
        tmp_path: Path, extra, other):
    source = STORED + extra
    root = _project(tmp_path, app=source, **({"other": other} if other else {}))
    _fix_project(root)
    fixed = (root / "app.py").read_text()
    assert "        self.last = _completion_object(client.chat.completions.create(" in fixed
    assert '        return self.last["choices"][0]["text"]\n' in fixed  # reads stay
    compile(fixed, "app.py", "exec")


@pytest.mark.parametrize("before, after", [
    ("f(a=1, b=2, c=3)", "f(a=1, b=2)"),
    ("f(a=1, b=2, c=3,)", "f(a=1, b=2,)"),
    ("f(\n    a=1,  # about a\n    b=2,  # about b\n    c=3,  # about c\n)",
     "f(\n    a=1,  # about a\n    b=2,  # about b\n)"),
    ("f(\n    a=1,\n    b=2,\n    c=3,\n)", "f(\n    a=1,\n    b=2,\n)"),
    ("f(\n    a=1,\n    b=2,  # about b\n    c=3  # about c\n)",
     "f(\n    a=1,\n    b=2,  # about b\n)"),
    ("f(\n    a=1,\n    b=2,\n    c=3\n)", "f(\n    a=1,\n    b=2\n)"),
])
def test_dropping_the_last_argument_keeps_the_comments_of_the_others(before, after):
    """A comment belongs to the argument on its line: it goes with a dropped one and stays with
    a kept one."""
    from gptmigrate.migrations.base import drop_last_argument

    call = cst.parse_expression(before)
    assert isinstance(call, cst.Call)
    kept = list(call.args[:-1])
    drop_last_argument(kept, call.args[-1])
    assert cst.Module(body=[]).code_for_node(call.with_changes(args=kept)) == after


HELPERS = ('import openai\n\n\ndef ask(q):\n'
           '    r = openai.ChatCompletion.create(model="gpt-4o", messages=[{"role": "user", '
           '"content": q}])\n    return r["choices"][0]["message"]["content"]\n')


def test_settings_another_module_makes_reach_the_calls(tmp_path: Path):
    """openai<1's settings were process-wide: a key set in main.py reaches helpers.py's calls
    through a client made where they run; a base URL set by a module that runs with them (one
    imports the other, or a third imports both) keeps them manual; one of a module that does
    not (a separate Azure backend) does not count."""
    project = _project(
        tmp_path, helpers=HELPERS,
        main="import openai\nimport config\nimport helpers\n\n"
             "openai.api_key = open('key.txt').read()\n",
        config="import openai\n\nopenai.api_base = 'http://proxy.local/v1'\n",
        backend="import openai\n\nopenai.api_type = 'azure'\n")
    report = CliRunner().invoke(main, ["scan", str(project), *PINNED, "--unsafe-fixes",
                                       "--format", "json"], catch_exceptions=False)
    [finding] = [f for f in json.loads(report.output)["findings"] if f["code"] == "GM201"]
    assert finding["fix"] is None and "config.py sets openai.api_base" in finding["message"]
    (project / "config.py").unlink()
    _fix_project(project)
    fixed = (project / "helpers.py").read_text()
    assert "    client = OpenAI(api_key=openai.api_key)\n    r = client.chat.completions" in fixed


AZURE_BY_ENVIRONMENT = ('import openai\n\n\ndef ask(q):\n'
                        '    r = openai.ChatCompletion.create(engine="chat", messages=[{"role": '
                        '"user", "content": q}])\n    return r["choices"][0]["message"]["content"]'
                        '\n\n\ndef summarize(text):\n'
                        '    r = openai.Completion.create(engine="text-davinci-003", prompt=text)\n'
                        '    return r["choices"][0]["text"]\n')


def _scan_json(root: Path, *args: str) -> List[dict]:
    report = CliRunner().invoke(main, ["scan", str(root), *PINNED, "--unsafe-fixes",
                                       "--format", "json", *args], catch_exceptions=False)
    return json.loads(report.output)["findings"]


@pytest.mark.parametrize("environment", [
    "OPENAI_API_TYPE=azure\nOPENAI_API_VERSION=2023-05-15\n",
    "OPENAI_API_BASE=https://contoso.openai.azure.com/  # the resource\n",
    "AZURE_OPENAI_ENDPOINT='https://contoso.openai.azure.com'\n",
])
def test_a_project_configured_for_azure_by_its_dotenv_keeps_engine_calls_manual(
        tmp_path: Path, environment: str):
    """openai<1 read OPENAI_API_TYPE / OPENAI_API_BASE from the environment at import: a
    project whose dotenv file (here `.env.template` at its root, the module in a package
    below) configures Azure ran its engine= calls on Azure, and OpenAI() would send the
    deployment to api.openai.com. Every engine= call stays manual, naming the file; a model
    name in engine= is a deployment's name (the Azure note, never renamed)."""
    root = _project(tmp_path)
    (root / ".git").mkdir()
    (root / ".env.template").write_text("API_PORT=8080\n" + environment)
    (root / "service").mkdir()
    (root / "service" / "llm.py").write_text(AZURE_BY_ENVIRONMENT)
    findings = _scan_json(root)
    calls = [f for f in findings if f["code"] in ("GM101", "GM201")]
    assert len(calls) == 2 and all(f["fix"] is None for f in calls)
    assert all("names an Azure deployment (../.env.template sets " in f["message"]
               for f in calls), calls
    [model] = [f for f in findings if f["code"] == "GM001"]
    assert model["fix"] is None and "this names an Azure deployment" in model["message"]
    _fix_project(root)
    assert (root / "service" / "llm.py").read_text() == AZURE_BY_ENVIRONMENT


@pytest.mark.parametrize("environment, module", [
    ("OPENAI_API_TYPE=open_ai\nAZURE_OPENAI_ENDPOINT=https://contoso.openai.azure.com\n",
     AZURE_BY_ENVIRONMENT),  # api_type says OpenAI: the endpoint is for something else
    ("# OPENAI_API_TYPE=azure\nOPENAI_API_BASE= # eg: https://contoso.openai.azure.com\n",
     AZURE_BY_ENVIRONMENT),  # comments only
    ("OPENAI_API_TYPE=azure\n",
     AZURE_BY_ENVIRONMENT.replace("import openai\n", "import openai\n\nopenai.api_type = "
                                  "'open_ai'\n", 1)),  # the module chooses OpenAI itself
])
def test_a_dotenv_that_does_not_make_the_module_azure_leaves_engine_calls_as_they_were(
        tmp_path: Path, environment: str, module: str):
    """The twin: the environment decides nothing (OpenAI's api_type, comments, or a module
    that sets openai.api_type itself): engine="chat" names no model (manual, as without any
    dotenv file), engine="text-davinci-003" is openai<1's spelling of model= and moves."""
    root = _project(tmp_path)
    (root / ".git").mkdir()
    (root / ".env").write_text(environment)
    (root / "llm.py").write_text(module)
    findings = _scan_json(root)
    [chat] = [f for f in findings if f["code"] == "GM201"]
    assert chat["fix"] is None and 'engine="chat" names no model the table knows' \
        in chat["message"]
    [completion] = [f for f in findings if f["code"] == "GM101"]
    assert completion["fix"] is not None, completion
    assert all("names an Azure deployment" not in f["message"] for f in findings)


def test_without_a_project_marker_the_dotenv_beside_the_outermost_package_counts(
        tmp_path: Path):
    """No marker: the dotenv files are read up to the folder holding the module's outermost
    package (as `project.project_root`), even when the run is given a folder below it."""
    root = tmp_path / "repo"
    (root / "pkg" / "llm").mkdir(parents=True)
    for folder in ("pkg", "pkg/llm"):
        (root / folder / "__init__.py").write_text("")
    (root / ".env.example").write_text("OPENAI_API_TYPE=azure\n")
    (root / "pkg" / "llm" / "chat.py").write_text(AZURE_BY_ENVIRONMENT)
    findings = _scan_json(root / "pkg" / "llm")
    assert any("names an Azure deployment (../../.env.example sets OPENAI_API_TYPE=azure)"
               in f["message"] for f in findings), findings


def test_a_dotenv_read_for_a_module_keeps_its_result_out_of_the_cache(tmp_path: Path):
    """The answer depends on the dotenv file: a cached result would not see it change."""
    root = _project(tmp_path, llm=AZURE_BY_ENVIRONMENT)
    (root / ".git").mkdir()
    (root / ".env").write_text("OPENAI_API_TYPE=open_ai\n")
    cache = ["--cache-dir", str(tmp_path / "cache")]
    assert not any("names an Azure deployment" in f["message"] for f in _scan_json(root, *cache))
    (root / ".env").write_text("OPENAI_API_TYPE=azure\n")
    assert any("names an Azure deployment (.env sets OPENAI_API_TYPE=azure)" in f["message"]
               for f in _scan_json(root, *cache))


def test_a_key_set_in_a_sibling_package_reaches_the_calls(tmp_path: Path):
    """No project marker: the project is the folder that holds the outermost package, so a
    key that `pkg/execution/run.py` sets reaches `pkg/llm/chat.py`'s call (a client made where
    it runs); a module outside any package sees only its own folder."""
    root = tmp_path / "repo"
    for folder in ("pkg", "pkg/llm", "pkg/execution"):
        (root / folder).mkdir(parents=True)
        (root / folder / "__init__.py").write_text("")
    (root / "pkg/llm/chat.py").write_text(HELPERS)
    (root / "pkg/execution/run.py").write_text(
        "import openai\n\nfrom pkg.llm.chat import ask\n\nopenai.api_key = open('k').read()\n"
        "print(ask('hi'))\n")
    _fix_project(root / "pkg" / "llm")
    fixed = (root / "pkg/llm/chat.py").read_text()
    assert "    client = OpenAI(api_key=openai.api_key)\n    r = client.chat.completions" in fixed
    lone = tmp_path / "lone"
    lone.mkdir()
    (lone / "chat.py").write_text(HELPERS)
    _fix_project(lone)
    assert "\nclient = OpenAI()\n" in (lone / "chat.py").read_text()


CONFIG = 'COMPLETION_MODEL = "text-davinci-003"\n'
USES_CONFIG = ('import openai\n\nimport config\n\n\ndef headline(topic):\n'
               '    resp = openai.Completion.create(model=config.COMPLETION_MODEL, prompt=topic)\n'
               '    return resp["choices"][0]["text"]\n')


def test_a_model_constant_read_through_its_module_moves_with_the_call(tmp_path: Path):
    """`import config` then `model=config.COMPLETION_MODEL`: the constant moves to the chat
    target with the call; where the module is also used whole (`vars(config)`), its readers
    are out of sight and both stay."""
    root = _project(tmp_path, config=CONFIG, app=USES_CONFIG)
    _fix_project(root)
    assert (root / "config.py").read_text() == 'COMPLETION_MODEL = "gpt-5.6-terra"\n'
    assert "client.chat.completions.create(model=config.COMPLETION_MODEL, messages=" in \
        (root / "app.py").read_text()
    whole = USES_CONFIG + "\n\nSETTINGS = vars(config)\n"
    (tmp_path / "twin").mkdir()
    other = _project(tmp_path / "twin", config=CONFIG, app=whole)
    _fix_project(other)
    assert (other / "config.py").read_text() == CONFIG
    assert (other / "app.py").read_text() == whole


def test_a_settings_module_imported_relatively_is_followed(tmp_path: Path):
    """`from . import settings` in a package, then `model=settings.CHAT_MODEL` with
    `max_tokens=`: the constant is renamed and the call sends max_completion_tokens=, as for
    `import settings`; a class of the package imported the same way stays a class."""
    root = tmp_path / "app"
    package = root / "pkg"
    package.mkdir(parents=True)
    (root / "requirements.txt").write_text("openai>=1\n")
    (package / "__init__.py").write_text("")
    (package / "settings.py").write_text('CHAT_MODEL = "gpt-3.5-turbo"\n')
    (package / "llm.py").write_text(
        "import openai\n\nfrom . import settings\n\n\ndef chat(messages):\n"
        "    return openai.ChatCompletion.create(model=settings.CHAT_MODEL, messages=messages,"
        " max_tokens=50)\n")
    _fix_project(root)
    assert (package / "settings.py").read_text() == 'CHAT_MODEL = "gpt-5.6-terra"\n'
    assert "model=settings.CHAT_MODEL, messages=messages, max_completion_tokens=50)" in \
        (package / "llm.py").read_text()


SETTINGS_INSTANCE = ('import os\n\n\nclass Settings:\n    def __init__(self):\n'
                     '        self.chat_model = os.getenv("CHAT_MODEL", "gpt-3.5-turbo")\n\n\n'
                     'settings = Settings()\n')


def test_a_model_of_another_modules_instance_with_rejected_parameters_stays_manual(
        tmp_path: Path):
    """`model=settings.chat_model` of an instance config.py makes: the fix cannot trace it to
    config.py's literal, whose replacement rejects the call's temperature=, so the call stays
    manual; a call that sends nothing its replacement rejects is rewritten, and so is one
    whose max_tokens= that replacement only names otherwise (every chat model takes
    max_completion_tokens=)."""
    sender = ("import openai\n\nfrom config import settings\n\n\ndef ask(q):\n"
              "    r = openai.ChatCompletion.create(model=settings.chat_model, "
              "messages=[{{\"role\": \"user\", \"content\": q}}]{extra})\n"
              "    return r[\"choices\"][0][\"message\"][\"content\"]\n")
    root = _project(tmp_path, config=SETTINGS_INSTANCE, llm=sender.format(
        extra=", temperature=0.2"))
    result = _fix_project(root)
    assert "cannot trace to a literal" in result.output and "temperature=" in result.output
    assert "openai.ChatCompletion.create(model=settings.chat_model" in (root / "llm.py").read_text()
    for name, extra, sent in (("twin", "", "}])"),
                              ("renamed", ", max_tokens=50", "}], max_completion_tokens=50)")):
        (tmp_path / name).mkdir()
        twin = _project(tmp_path / name, config=SETTINGS_INSTANCE, llm=sender.format(extra=extra))
        _fix_project(twin)
        fixed = (twin / "llm.py").read_text()
        assert "client.chat.completions.create(model=settings.chat_model" in fixed
        assert sent + "\n" in fixed


BUILDER = ('def build_request(question):\n    return {{\n        "model": "gpt-3.5-turbo",\n'
           '        "messages": [{{"role": "user", "content": question}}],{extra}\n    }}\n')
SENDS_BUILT = ('import openai\n\nfrom prompts import build_request\n\n\ndef ask(q):\n'
               '    request = build_request(q)\n'
               '    response = openai.ChatCompletion.create(**request)\n'
               '    return response["choices"][0]["message"]["content"]\n')


def test_a_request_dict_another_modules_function_returns_keeps_the_call_with_its_model(
        tmp_path: Path):
    """`create(**request)` with `request = build_request(q)` of prompts.py, whose dict keeps
    its dead model (it also holds max_tokens): the call stays manual instead of asking for
    that model; a dict holding nothing the new model rejects is renamed, the call rewritten."""
    root = _project(tmp_path, prompts=BUILDER.format(extra='\n        "max_tokens": 100,'),
                    main=SENDS_BUILT)
    result = _fix_project(root)
    assert "keeps its name there" in result.output
    assert "openai.ChatCompletion.create(**request)" in (root / "main.py").read_text()
    (tmp_path / "twin").mkdir()
    twin = _project(tmp_path / "twin", prompts=BUILDER.format(extra=""), main=SENDS_BUILT)
    _fix_project(twin)
    assert '"model": "gpt-5.6-terra"' in (twin / "prompts.py").read_text()
    assert "client.chat.completions.create(**request)" in (twin / "main.py").read_text()


# -- a module's **OPTIONS dict ---------------------------------------------------------------------

OPTIONS_MODULE = ('import openai\n\nOPTIONS = {\n    "user": "bot",\n    "request_timeout": 30,\n}\n\n\n'
                  'def embed(texts):\n'
                  '    response = openai.Embedding.create(model="text-embedding-3-small", '
                  'input=texts, **OPTIONS)\n'
                  '    return [item["embedding"] for item in response["data"]]\n')


def test_a_module_options_dict_of_openai_calls_gets_v1_keys_where_it_is_built(tmp_path: Path):
    root = _project(tmp_path, app=OPTIONS_MODULE)
    result = CliRunner().invoke(main, ["scan", str(root), *PINNED, "--fix", "--unsafe-fixes",
                                       "--show-fixes"])
    fixed = (root / "app.py").read_text()
    assert '    "timeout": 30,\n' in fixed and "request_timeout" not in fixed, result.output
    assert "it holds timeout=, user=, which openai>=1's create() takes" in result.output
    assert "client.embeddings.create(model=\"text-embedding-3-small\", input=texts, **OPTIONS)" \
        in fixed
    report = CliRunner().invoke(main, ["scan", str(root), *PINNED, "--unsafe-fixes", "--diff"])
    assert "+++" not in report.output


@pytest.mark.parametrize("other_use", [
    'print(OPTIONS)\n',  # read another way: it may be sent elsewhere
    'OPTIONS["user"] = "admin"\n',  # changed after it is built
])
def test_a_module_options_dict_read_elsewhere_keeps_request_timeout_manual(tmp_path: Path,
                                                                          other_use: str):
    root = _project(tmp_path, app=OPTIONS_MODULE + other_use)
    report = CliRunner().invoke(main, ["scan", str(root), *PINNED, "--unsafe-fixes"])
    assert "dict holds request_timeout=" in report.output, report.output
    _fix_project(root)
    assert (root / "app.py").read_text() == OPTIONS_MODULE + other_use


def test_a_module_options_dict_another_module_imports_stays_manual(tmp_path: Path):
    other = "from app import OPTIONS\n\nprint(OPTIONS)\n"
    root = _project(tmp_path, app=OPTIONS_MODULE, other=other)
    _fix_project(root)
    assert (root / "app.py").read_text() == OPTIONS_MODULE


def test_a_module_options_dict_without_v0_keys_passes_through_as_it_is(tmp_path: Path):
    source = OPTIONS_MODULE.replace('    "request_timeout": 30,\n', "") + "print(OPTIONS)\n"
    root = _project(tmp_path, app=source)
    result = CliRunner().invoke(main, ["scan", str(root), *PINNED, "--fix", "--unsafe-fixes",
                                       "--show-fixes"])
    fixed = (root / "app.py").read_text()
    assert 'OPTIONS = {\n    "user": "bot",\n}\n' in fixed
    assert "client.embeddings.create(" in fixed
    assert "**OPTIONS passes through unchanged" in result.output


COOKBOOK = ('import openai\n\nCOMPLETIONS_MODEL = "text-davinci-003"\n\n'
            'COMPLETIONS_API_PARAMS = {\n'
            '    # We use temperature of 0.0 because it gives the most predictable answer.\n'
            '    "temperature": 0.0,\n    "max_tokens": 300,\n    "model": COMPLETIONS_MODEL,\n}\n\n\n'
            'def answer(prompt):\n'
            '    response = openai.Completion.create(prompt=prompt, **COMPLETIONS_API_PARAMS)\n'
            '    return response["choices"][0]["text"].strip()\n')


def test_the_cookbook_completion_params_dict_moves_to_chat_where_it_is_built(tmp_path: Path):
    root = _project(tmp_path, app=COOKBOOK)
    _fix_project(root)
    fixed = (root / "app.py").read_text()
    assert 'COMPLETIONS_MODEL = "gpt-5.6-terra"\n' in fixed
    assert ('COMPLETIONS_API_PARAMS = {\n    "max_completion_tokens": 300,\n'
            '    "model": COMPLETIONS_MODEL,\n}\n') in fixed  # temperature and its comment gone
    assert ('client.chat.completions.create(messages=[{"role": "user", "content": prompt}], '
            '**COMPLETIONS_API_PARAMS)') in fixed
    assert '(response.choices[0].message.content or "").strip()' in fixed
    report = CliRunner().invoke(main, ["scan", str(root), *PINNED, "--unsafe-fixes", "--diff"])
    assert "+++" not in report.output


@pytest.mark.parametrize("change, reason", [
    # a chat call reads the same dict: its entries cannot become the chat target's for both
    ('\n\ndef chat(messages):\n    return openai.ChatCompletion.create(messages=messages, '
     '**COMPLETIONS_API_PARAMS)\n', "**kwargs"),
    # the entry the target takes only at its default spans lines beside another entry
    (None, "change the dict by hand"),
    # another keyword beside prompt=
    ("stop", "**kwargs"),
])
def test_the_cookbook_params_dict_stays_manual_where_it_cannot_change(tmp_path: Path,
                                                                       change, reason):
    source = COOKBOOK
    if change is None:
        source = source.replace('"temperature": 0.0,\n    "max_tokens": 300,\n',
                                '"temperature": (\n        0.0\n    ), "max_tokens": 300,\n')
    elif change == "stop":
        source = source.replace("prompt=prompt, **", 'prompt=prompt, stop=["\\n"], **')
    else:
        source += change
    root = _project(tmp_path, app=source)
    report = CliRunner().invoke(main, ["scan", str(root), *PINNED, "--unsafe-fixes"])
    line = next(line for line in report.output.splitlines() if "GM101" in line)
    assert reason in line, report.output
    _fix_project(root)
    fixed = (root / "app.py").read_text()
    assert "openai.Completion.create(prompt=prompt" in fixed
    assert 'COMPLETIONS_MODEL = "text-davinci-003"\n' in fixed
    assert '"max_tokens": 300' in fixed


def test_the_cookbook_model_constant_moves_when_a_direct_call_also_sends_it(tmp_path: Path):
    direct = ('\n\ndef ask(prompt):\n    return openai.Completion.create(prompt=prompt, '
              'max_tokens=300, model=COMPLETIONS_MODEL)["choices"][0]["text"]\n')
    root = _project(tmp_path, app=COOKBOOK + direct)
    _fix_project(root)
    fixed = (root / "app.py").read_text()
    assert 'COMPLETIONS_MODEL = "gpt-5.6-terra"\n' in fixed
    assert "openai.Completion" not in fixed
    assert "max_completion_tokens=300, model=COMPLETIONS_MODEL)" in fixed
    assert '"max_completion_tokens": 300,' in fixed


def test_the_dict_view_reads_and_prints_as_openai_0x_objects_did():
    """The `_openai_object` helper the fix adds: keys read as attributes, and print() shows
    the indented JSON, in the API's order, that 0.28's OpenAIObject.__str__ printed."""
    from gptmigrate.rewrite import OBJECT_VIEW, OBJECT_VIEW_SOURCE

    namespace: dict = {}
    exec(compile(OBJECT_VIEW_SOURCE, "<helper>", "exec"), namespace)
    sent = {"object": "list", "data": [{"id": "file-1", "bytes": 12}], "has_more": False}
    view = namespace[OBJECT_VIEW](sent)
    assert view.data[0].id == "file-1" and view["data"][0]["bytes"] == 12
    assert str(view) == json.dumps(sent, indent=2)
    assert str(view.data[0]) == json.dumps(sent["data"][0], indent=2)
    with pytest.raises(AttributeError):
        view.missing


def test_the_dict_view_leaves_out_fields_the_api_added_with_openai_1():
    """A listing or a dump of the view shows the fields openai<1's replies had: today's
    system_fingerprint and service_tier (the response's or a chunk's) and usage's token
    details are left out (no openai<1 program read them); the twin: the same names elsewhere
    (a message's content, a function's arguments) and a reply without them keep everything."""
    from gptmigrate.rewrite import OBJECT_VIEW, OBJECT_VIEW_SOURCE

    namespace: dict = {}
    exec(compile(OBJECT_VIEW_SOURCE, "<helper>", "exec"), namespace)
    today = {"id": "c-1", "object": "chat.completion", "created": 1, "model": "m",
             "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hi"},
                          "finish_reason": "stop"}],
             "usage": {"prompt_tokens": 5, "completion_tokens": 2, "total_tokens": 7,
                       "prompt_tokens_details": {"cached_tokens": 0},
                       "completion_tokens_details": {"reasoning_tokens": 0}},
             "service_tier": "default", "system_fingerprint": "fp_1"}
    view = namespace[OBJECT_VIEW](today)
    assert sorted(view) == ["choices", "created", "id", "model", "object", "usage"]
    assert list(view.usage) == ["prompt_tokens", "completion_tokens", "total_tokens"]
    assert json.loads(json.dumps(view)) == {key: value for key, value in today.items()
                                            if key not in ("service_tier", "system_fingerprint")
                                            } | {"usage": {"prompt_tokens": 5,
                                                           "completion_tokens": 2,
                                                           "total_tokens": 7}}
    # the twin: the names as data, and a 2023 reply, are kept whole
    nested = {"choices": [{"index": 0, "message": {"role": "assistant", "content": None,
                                                   "function_call": {"name": "f", "arguments":
                                                                     "{}"}},
                           "finish_reason": "function_call"}],
              "data": [{"system_fingerprint": "kept", "service_tier": "kept"}]}
    assert namespace[OBJECT_VIEW](nested).data[0] == {"system_fingerprint": "kept",
                                                      "service_tier": "kept"}
    old = {key: value for key, value in today.items()
           if key not in ("service_tier", "system_fingerprint")}
    old["usage"] = {"prompt_tokens": 5, "completion_tokens": 2, "total_tokens": 7}
    assert json.loads(json.dumps(namespace[OBJECT_VIEW](old))) == old


def test_the_completion_view_keeps_a_completion_choice_in_the_api_order():
    """`_completion_object` (a chat reply in a completion's shape) gives each choice in the
    order the Completions API sent it: text, index, logprobs, finish_reason (a spread
    `{**response["choices"][0]}` or json.dumps of it shows it so); the twin: a chat reply in
    the plain view keeps a chat choice's order, index first."""
    from gptmigrate.rewrite import (CUT_AT_STOP_SOURCE, LEGACY_VIEW, LEGACY_VIEW_SOURCE,
                                    OBJECT_VIEW, OBJECT_VIEW_SOURCE)

    namespace: dict = {}
    for source in (CUT_AT_STOP_SOURCE, OBJECT_VIEW_SOURCE, LEGACY_VIEW_SOURCE):
        exec(compile(source, "<helper>", "exec"), namespace)
    reply = {"id": "c-1", "created": 1, "model": "m", "object": "chat.completion",
             "choices": [{"finish_reason": "stop", "index": 0, "logprobs": None,
                          "message": {"content": "Hi there", "role": "assistant"}}],
             "usage": {"completion_tokens": 2, "prompt_tokens": 5, "total_tokens": 7}}
    view = namespace[LEGACY_VIEW](reply, stop=" ")
    assert list(view.choices[0]) == ["text", "index", "logprobs", "finish_reason"]
    assert view.choices[0].text == "Hi" and view["choices"][0]["finish_reason"] == "stop"
    assert json.dumps({"p": 1, **view["choices"][0]}) == (
        '{"p": 1, "text": "Hi", "index": 0, "logprobs": null, "finish_reason": "stop"}')
    chat = namespace[OBJECT_VIEW](reply)
    assert list(chat.choices[0]) == ["index", "message", "finish_reason"]


def test_the_dict_view_keeps_the_api_field_order_and_pickles():
    """0.x kept the API's field order (usage unpacks as prompt, completion, total) and its
    objects pickled; to_dict() gives the SDK's declaration order, which the view undoes, and
    the view's local class pickles by value through the module's helper."""
    import pickle
    import types

    from gptmigrate.rewrite import OBJECT_VIEW, OBJECT_VIEW_SOURCE

    module = types.ModuleType("fixed_module")
    exec(compile(OBJECT_VIEW_SOURCE, "<helper>", "exec"), module.__dict__)
    sys.modules["fixed_module"] = module
    try:
        sdk_order = {"id": "c-1", "choices": [{"finish_reason": "stop", "index": 0,
                                               "message": {"content": "Hi", "refusal": None,
                                                           "role": "assistant"}}],
                     "created": 1, "model": "m", "object": "chat.completion",
                     "usage": {"completion_tokens": 2, "prompt_tokens": 5, "total_tokens": 7}}
        view = getattr(module, OBJECT_VIEW)(sdk_order)
        assert list(view) == ["id", "object", "created", "model", "choices", "usage"]
        assert list(view.choices[0]) == ["index", "message", "finish_reason"]
        # fields 2023's replies lacked, sent empty today (refusal: null), are left out
        assert list(view.choices[0].message) == ["role", "content"]
        assert view.to_dict_recursive()["choices"][0]["message"] == {"role": "assistant",
                                                                    "content": "Hi"}
        assert type(view.to_dict()) is dict and view.to_dict()["id"] == "c-1"
        assert list(view.usage.values()) == [5, 2, 7]
        loaded = pickle.loads(pickle.dumps(view))
        assert loaded == view and loaded.choices[0].message.content == "Hi"
        assert type(loaded).__qualname__ == type(view).__qualname__  # a view again
    finally:
        del sys.modules["fixed_module"]


def test_fixes_sharing_several_insertions_at_one_point_apply_in_one_round():
    """Two calls of one name (a try and its retry) both add the client and the dict-view
    helper at the same point: the second makes no other change there, so both apply; a fix
    inserting something else at that point still waits for the next round."""
    from gptmigrate.types import Edit, Fix, FixSafety, Position

    def edit(start: int, end: int, content: str) -> Edit:
        return Edit(start, end, content, Position(1, start + 1), Position(1, end + 1))

    text = "import x\na = f()\nb = f()\n"
    shared = (edit(9, 9, "client = C()\n"), edit(9, 9, "def helper(): ...\n"))
    first = Fix(FixSafety.UNSAFE, shared + (edit(13, 16, "g()"),), "first")
    second = Fix(FixSafety.UNSAFE, shared + (edit(21, 24, "g()"),), "second")
    other = Fix(FixSafety.UNSAFE, (edit(9, 9, "import y\n"), edit(21, 24, "h()")), "other")
    fixed, applied = apply_fixes(text, [first, second, other])
    assert applied == 2
    assert fixed == "import x\nclient = C()\ndef helper(): ...\na = g()\nb = g()\n"


CHAT_SETTINGS = 'MODEL = "gpt-3.5-turbo"\nTEMPERATURE = 0.3\n'
V0_CHAT_SENDER = ("import openai\n\nfrom settings import MODEL, TEMPERATURE\n\n\n"
                  "def ask(q):\n"
                  "    r = openai.ChatCompletion.create(model=MODEL, temperature=TEMPERATURE, "
                  "max_tokens=50,\n"
                  '                                     messages=[{"role": "user", "content": q}])\n'
                  '    return r["choices"][0]["message"]["content"]\n')


@pytest.mark.parametrize("style", ["names", "star", "module"])
def test_a_retired_chat_model_constant_moves_and_its_0x_senders_send_what_it_takes(
        tmp_path: Path, style: str):
    """settings.MODEL is renamed by its own module; the 0.x chat call that sends it from
    another module drops temperature= and renames max_tokens=, whichever file the run fixes
    first (`from settings import *` and `import settings` alike)."""
    sender = V0_CHAT_SENDER
    if style == "star":
        sender = sender.replace("from settings import MODEL, TEMPERATURE",
                                "from settings import *")
    elif style == "module":
        sender = sender.replace("from settings import MODEL, TEMPERATURE", "import settings")
        sender = sender.replace("model=MODEL, temperature=TEMPERATURE",
                                "model=settings.MODEL, temperature=settings.TEMPERATURE")
    root = _project(tmp_path, settings=CHAT_SETTINGS, assistant=sender)
    _fix_project(root)
    assert (root / "settings.py").read_text() == CHAT_SETTINGS.replace("gpt-3.5-turbo",
                                                                      "gpt-5.6-terra")
    fixed = (root / "assistant.py").read_text()
    model = "settings.MODEL" if style == "module" else "MODEL"
    assert f"client.chat.completions.create(model={model}, max_completion_tokens=50," in fixed
    assert "temperature" not in fixed.split("def ask")[1]


def test_a_model_constant_another_module_sends_with_rejected_parameters_stays(tmp_path: Path):
    """The sender is already a 1.x call, which no rewrite adjusts: the rename would make it
    fail (temperature=0.3 on a reasoning model), so the constant stays and says where."""
    sender = ("from openai import OpenAI\n\nfrom settings import MODEL, TEMPERATURE\n\n"
              "client = OpenAI()\n\n\ndef ask(q):\n"
              "    return client.chat.completions.create(model=MODEL, temperature=TEMPERATURE, "
              'messages=[{"role": "user", "content": q}])\n')
    root = _project(tmp_path, settings=CHAT_SETTINGS, assistant=sender)
    report = CliRunner().invoke(main, ["scan", str(root), *PINNED, "--unsafe-fixes"])
    assert "not renamed: assistant.py:9 sends MODEL with temperature=" in report.output
    _fix_project(root)
    assert (root / "settings.py").read_text() == CHAT_SETTINGS


@pytest.mark.parametrize("reader, held", [
    # a request dict built in another module, with a parameter the new model rejects
    ('PARAMS = {"model": settings.MODEL, "temperature": 0.2}\n', "sends MODEL with temperature="),
    # a comparison or a lookup by the old name
    ('SHORT = settings.MODEL == "gpt-3.5-turbo"\n', "compares or looks up MODEL"),
    ('PRICE = {"gpt-3.5-turbo": 1}[settings.MODEL]\n', "compares or looks up MODEL"),
    # handed to a function that may look it up (a tokenizer's table)
    ("ENCODING = tiktoken.encoding_for_model(settings.MODEL)\n", "hands MODEL to"),
    # a parameter default, sent with a rejected parameter by the function
    ("def ask(q, model=settings.MODEL):\n    return PARAMS | {'model': model, 'max_tokens': 9}\n",
     "sends MODEL with max_tokens="),
    # shown only: renamed
    ('print("model", settings.MODEL)\n', None),
])
def test_a_model_constant_read_elsewhere_in_a_way_the_rename_breaks_stays(tmp_path: Path, reader,
                                                                           held):
    """Another module's reads of a model constant a rename would break (a request dict with
    rejected parameters, a comparison, a lookup, a function that may look it up) keep it."""
    root = _project(tmp_path, settings=CHAT_SETTINGS, worker="import openai\n",  # a user
                    report="import tiktoken\n\nimport settings\n\n" + reader)
    report = CliRunner().invoke(main, ["scan", str(root), *PINNED, "--unsafe-fixes"])
    _fix_project(root)
    renamed = (root / "settings.py").read_text() != CHAT_SETTINGS
    if held is None:
        assert renamed
    else:
        assert not renamed and held in report.output


SETTINGS_TABLE = ('SETTINGS = {"model": "gpt-3.5-turbo", "max_tokens": 100}\n\n\n'
                  'def limit():\n    return SETTINGS["max_tokens"]\n')


@pytest.mark.parametrize("reader, held", [
    # another key read elsewhere: it does not see the model
    ('print(settings.SETTINGS["max_tokens"])\n', None),
    # the model's key compared elsewhere by the old name
    ('SHORT = settings.SETTINGS["model"] == "gpt-3.5-turbo"\n', "compares or looks up"),
    # the table read whole (spread into a request, handed on): it may send max_tokens=
    ('def ask(q):\n    return dict(**settings.SETTINGS, prompt=q)\n', "reads SETTINGS whole"),
])
def test_a_settings_table_read_elsewhere_keeps_its_model_where_the_rename_breaks(
        tmp_path: Path, reader, held):
    """A module's table of settings read key by key at home (its max_tokens judged at the
    calls that read it): another module's read of the model's key is judged as a read of a
    constant, one of the table whole holds the rename."""
    root = _project(tmp_path, settings=SETTINGS_TABLE, report="import settings\n\n" + reader,
                    worker="import openai\n")  # a module that uses the API
    report = CliRunner().invoke(main, ["scan", str(root), *PINNED, "--unsafe-fixes"])
    _fix_project(root)
    renamed = (root / "settings.py").read_text() != SETTINGS_TABLE
    if held is None:
        assert renamed, report.output
    else:
        assert not renamed and held in report.output


@pytest.mark.parametrize("table, manual", [
    # a dead model beside max_tokens: its module keeps the name, so the call would ask for it
    ('SETTINGS = {"model": "gpt-3.5-turbo", "max_tokens": 100}\n', True),
    # the twin: nothing the new model rejects, so the model is renamed there and the call moves
    ('SETTINGS = {"model": "gpt-3.5-turbo"}\n', False),
])
def test_a_call_spreading_another_modules_table_that_keeps_a_dead_model_stays(tmp_path: Path,
                                                                            table, manual):
    sender = ("import openai\n\nfrom settings import SETTINGS\n\n\ndef ask(q):\n"
              "    r = openai.ChatCompletion.create(messages=[{\"role\": \"user\", "
              "\"content\": q}], **SETTINGS)\n"
              "    return r[\"choices\"][0][\"message\"][\"content\"]\n")
    root = _project(tmp_path, settings=table, app=sender)
    report = CliRunner().invoke(main, ["scan", str(root), *PINNED, "--unsafe-fixes"])
    _fix_project(root)
    rewritten = "client.chat.completions.create(" in (root / "app.py").read_text()
    assert rewritten is not manual, report.output
    if manual:
        assert "keeps its name there" in report.output
        assert (root / "settings.py").read_text() == table
    else:
        assert "gpt-5.6-terra" in (root / "settings.py").read_text()


def test_a_call_spreading_a_dict_with_another_modules_held_constant_stays(tmp_path: Path):
    """`params = {"model": CHAT_MODEL, "temperature": 0}` then `create(**params)`: the constant
    keeps its name in its module (the new model rejects temperature=), so the call would ask
    for the dead model: it stays manual. The twin without temperature moves both."""
    llm = ("import openai\n\nfrom config import CHAT_MODEL\n\n\ndef chat(messages):\n"
           "    params = {\"model\": CHAT_MODEL, \"temperature\": 0, \"messages\": messages}\n"
           "    return openai.ChatCompletion.create(**params)\n")
    config = 'CHAT_MODEL = "gpt-3.5-turbo"\n'
    root = _project(tmp_path, config=config, llm=llm)
    report = CliRunner().invoke(main, ["scan", str(root), *PINNED, "--unsafe-fixes"])
    assert "keeps its name there" in report.output
    _fix_project(root)
    assert (root / "llm.py").read_text() == llm and (root / "config.py").read_text() == config
    twin = tmp_path / "twin"
    twin.mkdir()
    root = _project(twin, config=config, llm=llm.replace('"temperature": 0, ', ""))
    _fix_project(root)
    assert "client.chat.completions.create(**params)" in (root / "llm.py").read_text()
    assert "gpt-5.6-terra" in (root / "config.py").read_text()


@pytest.mark.parametrize("importer, manual", [
    ("from errors import InvalidRequestError\n\nprint(InvalidRequestError)\n", True),
    ("from errors import RETRYABLE\n\nprint(RETRYABLE)\n", False),  # the twin
])
def test_an_error_class_another_module_imports_is_not_split_under_it(tmp_path: Path,
                                                                     importer, manual):
    """openai>=1 splits InvalidRequestError in two: where another module imports that name
    from this one, rewriting this import alone breaks the other's (ImportError)."""
    errors = ("from openai.error import InvalidRequestError, RateLimitError\n\n"
              "RETRYABLE = (RateLimitError,)\n\n\ndef bad(e):\n"
              "    return isinstance(e, InvalidRequestError)\n")
    root = _project(tmp_path, errors=errors, main=importer)
    report = CliRunner().invoke(main, ["scan", str(root), *PINNED, "--unsafe-fixes"])
    _fix_project(root)
    fixed = (root / "errors.py").read_text()
    if manual:
        assert fixed == errors and "main.py imports InvalidRequestError" in report.output
    else:
        assert "from openai import BadRequestError, NotFoundError, RateLimitError" in fixed


@pytest.mark.parametrize("reader, moved", [
    ("", True),
    # the twin: another module compares the attribute by the old name, which holds the rename
    ("from config import Config\n\nSHORT = Config.MODEL == \"gpt-3.5-turbo\"\n", False),
])
def test_a_class_attribute_of_another_module_moves_with_the_calls_that_send_it(tmp_path: Path,
                                                                              reader, moved):
    """`class Config: MODEL = "gpt-3.5-turbo"` read as `model=Config.MODEL` in another module:
    renamed there, and the call sends what the new model takes (max_completion_tokens=); held
    where another read would break, and then the call keeps it too (manual)."""
    config = 'class Config:\n    MODEL = "gpt-3.5-turbo"\n    MAX_TOKENS = 150\n'
    llm = ("import openai\n\nfrom config import Config\n\n\ndef answer(q):\n"
           "    r = openai.ChatCompletion.create(model=Config.MODEL, max_tokens=Config.MAX_TOKENS,"
           " messages=[{\"role\": \"user\", \"content\": q}])\n"
           "    return r[\"choices\"][0][\"message\"][\"content\"]\n")
    root = _project(tmp_path, config=config, llm=llm, **({"report": reader} if reader else {}))
    report = CliRunner().invoke(main, ["scan", str(root), *PINNED, "--unsafe-fixes"])
    _fix_project(root)
    fixed = (root / "llm.py").read_text()
    if moved:
        assert "gpt-5.6-terra" in (root / "config.py").read_text()
        assert "max_completion_tokens=Config.MAX_TOKENS" in fixed
    else:
        assert (root / "config.py").read_text() == config and fixed == llm, report.output
        assert "compares or looks up Config.MODEL" in report.output


@pytest.mark.parametrize("built, renamed", [
    # built where it is sent, read only as **params: its keywords are the request's
    ("def ask(q):\n    params = dict(model=\"gpt-3.5-turbo\", temperature=0.7, max_tokens=9)\n"
     "    return send(q, params)\n", True),
    ("def _params():\n    return dict(model=\"gpt-3.5-turbo\", temperature=0.7, max_tokens=9)\n\n"
     "\ndef ask(q):\n    return send(q, _params())\n", True),
    # the twins: module defaults merged with a caller's overrides, or a key read back
    ("DEFAULTS = dict(model=\"gpt-3.5-turbo\", temperature=0.7, max_tokens=9)\n\n\n"
     "def ask(q, **overrides):\n    params = dict(DEFAULTS, **overrides)\n"
     "    return send(q, params)\n", False),
    ("def ask(q):\n    params = dict(model=\"gpt-3.5-turbo\", temperature=0.7, max_tokens=9)\n"
     "    print(params[\"max_tokens\"])\n    return send(q, params)\n", False),
    # a key stored into it later that the new model rejects
    ("def ask(q, stop=None):\n    params = dict(model=\"gpt-3.5-turbo\", max_tokens=9)\n"
     "    if stop:\n        params[\"stop\"] = stop\n    return send(q, params)\n", False),
])
def test_a_dict_call_holding_the_model_changes_only_where_it_is_only_spread(ctx, built,
                                                                            renamed):
    """`dict(model=..., temperature=0.7, max_tokens=9)` is a request's arguments only where
    its result goes whole into a legacy call (`**params`): there its keywords change with the
    model; a dict merged with other keys or read by key holds the rename."""
    source = "import openai\n\n\n" + built.replace(
        "send(q, params)", "openai.ChatCompletion.create(messages=[q], **params)").replace(
        "send(q, _params())", "openai.ChatCompletion.create(messages=[q], **_params())")
    [finding] = [f for f in check_source(source, ctx) if f.code == "GM001"]
    if renamed:
        assert finding.fix is not None, finding.message
        fixed, _ = apply_fixes(source, [finding.fix])
        assert "max_completion_tokens=9" in fixed and "temperature" not in fixed
    else:
        assert finding.fix is None and "the dict on line" in finding.message


@pytest.mark.parametrize("reader, viewed", [
    ("import bot\n\nprint(bot.reply('hi'), bot.LAST[\"usage\"][\"total_tokens\"])\n", True),
    ("from bot import LAST, reply\n\nprint(reply('hi'), LAST)\n", True),
    # the twin: no other module reads the global, so the call's own reads change
    ("import bot\n\nprint(bot.reply('hi'))\n", False),
])
def test_a_response_kept_in_a_global_another_module_reads_keeps_its_old_shape(
        tmp_path: Path, reader, viewed):
    """`global LAST; LAST = response` in bot.py, read as `bot.LAST["usage"]` in main.py: that
    read is the response's too, so the response stays what openai<1 returned (the dict
    view) instead of a 1.x object main.py cannot subscript."""
    bot = ("import openai\n\nLAST = None\n\n\ndef reply(text):\n    global LAST\n"
           "    response = openai.ChatCompletion.create(model=\"gpt-4o\", messages=["
           "{\"role\": \"user\", \"content\": text}])\n    LAST = response\n"
           "    return response.choices[0].message.content\n")
    root = _project(tmp_path, bot=bot, main=reader)
    report = _fix_project(root)
    fixed = (root / "bot.py").read_text()
    assert "client.chat.completions.create(" in fixed, report.output
    assert ("_openai_object(" in fixed) is viewed
    assert (root / "main.py").read_text() == reader


@pytest.mark.parametrize("table, moved", [
    ('Profile = namedtuple("Profile", ["model", "temperature"])\n\n'
     'PROFILES = {"fast": Profile("gpt-3.5-turbo", 0.3)}\n', False),
    ('Profile = namedtuple("Profile", "model temperature")\n\n'
     'PROFILES = {"fast": Profile(temperature=0.3, model="gpt-3.5-turbo")}\n', False),
    ("@dataclass\nclass Profile:\n    model: str\n    temperature: float\n\n\n"
     'PROFILES = {"fast": Profile("gpt-3.5-turbo", 0.3)}\n', False),
    ("class Profile:\n    def __init__(self, name, temperature):\n"
     "        self.model = name\n        self.temperature = temperature\n\n\n"
     'PROFILES = {"fast": Profile("gpt-3.5-turbo", 0.3)}\n', False),
    # the twin: the rows name a served model, which takes temperature=
    ('Profile = namedtuple("Profile", ["model", "temperature"])\n\n'
     'PROFILES = {"fast": Profile("gpt-4o", 0.3)}\n', True),
])
def test_a_field_constructor_calls_set_is_judged_by_what_they_pass(tmp_path: Path, table,
                                                                    moved):
    """`profile.model` of a row of another module's table of namedtuples (dataclasses, or a
    class whose __init__ stores the parameter): the call cannot trace the row, but the
    constructor calls say what it may be. A shut-down model there, whose replacement rejects
    temperature=, keeps the call manual instead of moving it with a dead model."""
    profiles = ("from collections import namedtuple\nfrom dataclasses import dataclass\n\n"
                + table)
    writer = ("import openai\n\nfrom profiles import PROFILES\n\n\ndef ask(q, name=\"fast\"):\n"
              "    profile = PROFILES[name]\n"
              "    r = openai.ChatCompletion.create(model=profile.model, temperature="
              "profile.temperature, messages=[{\"role\": \"user\", \"content\": q}])\n"
              "    return r.choices[0].message.content\n")
    root = _project(tmp_path, profiles=profiles, writer=writer)
    report = CliRunner().invoke(main, ["scan", str(root), *PINNED, "--unsafe-fixes"])
    _fix_project(root)
    fixed = (root / "writer.py").read_text()
    if moved:
        assert "client.chat.completions.create(model=profile.model" in fixed, report.output
    else:
        assert fixed == writer, report.output
        assert "its model is profile.model, which constructor calls set" in report.output
        assert "gpt-5.6-terra rejects or renames temperature=" in report.output


@pytest.mark.parametrize("sent, moved", [
    ("", True),
    # max_tokens= only takes the name the new model gives it: the call renames it too
    ("max_tokens=cfg.max_tokens, ", True),
    # the twin: the call sends temperature=, which the new model rejects
    ("temperature=0, ", False),
])
def test_a_dataclass_default_handed_on_by_the_importer_is_judged_where_it_is_sent(
        tmp_path: Path, sent, moved):
    """A settings instance made in main.py (which imports settings.py) and handed to a module
    that never imports settings.py: that module's reads of the field count too, so a call there
    that sends parameters the new model rejects holds the default's rename; one that sends
    parameters it only names otherwise has them renamed with it (the one class that binds
    the field)."""
    settings = ("from dataclasses import dataclass\n\n\n@dataclass\nclass LLMSettings:\n"
                "    model: str = \"gpt-3.5-turbo\"\n    max_tokens: int = 100\n")
    provider = ("import openai\n\n\nclass Provider:\n    def __init__(self, settings):\n"
                "        self.settings = settings\n\n    def ask(self, q):\n"
                "        cfg = self.settings\n        r = openai.ChatCompletion.create(model=cfg.model, "
                + sent + "messages=[{\"role\": \"user\", \"content\": q}])\n"
                "        return r.choices[0].message.content\n")
    app = ("from provider import Provider\nfrom settings import LLMSettings\n\n"
           "print(Provider(LLMSettings()).ask(\"Hi\"))\n")
    root = _project(tmp_path, settings=settings, provider=provider, main=app)
    report = CliRunner().invoke(main, ["scan", str(root), *PINNED, "--unsafe-fixes"])
    _fix_project(root)
    if moved:
        assert "gpt-5.6-terra" in (root / "settings.py").read_text(), report.output
        fixed = (root / "provider.py").read_text()
        assert "max_tokens" not in sent or "max_completion_tokens=cfg.max_tokens" in fixed
    else:
        assert (root / "settings.py").read_text() == settings
        assert "provider.py:10 sends LLMSettings.model with temperature=" in report.output


@pytest.mark.parametrize("extra, moved", [
    ("", True),
    # the twin: the helper also compares its model with the old name
    ("    if model == \"gpt-3.5-turbo\":\n        prompt = prompt.strip()\n", False),
])
def test_an_option_default_handed_to_a_helper_that_sends_it_moves(tmp_path: Path, extra,
                                                                  moved):
    """`--model`'s default reaching the call only as a helper's parameter (`ask(prompt,
    args.model, args.temperature)`): the default is renamed and the helper's call drops
    temperature= and renames max_tokens=, where the helper only sends its model."""
    app = ("import argparse\n\nimport openai\n\n\n"
           "def ask(prompt, model, temperature, max_tokens=50):\n" + extra +
           "    r = openai.ChatCompletion.create(model=model, messages=[{\"role\": \"user\", "
           "\"content\": prompt}], temperature=temperature, max_tokens=max_tokens)\n"
           "    return r.choices[0].message.content\n\n\n"
           "parser = argparse.ArgumentParser()\nparser.add_argument(\"--model\", "
           "default=\"gpt-3.5-turbo\")\nparser.add_argument(\"--temperature\", type=float, "
           "default=0.7)\nargs = parser.parse_args()\n"
           "print(ask(\"Hi\", args.model, args.temperature))\n")
    root = _project(tmp_path, app=app)
    report = _fix_project(root)
    fixed = (root / "app.py").read_text()
    if moved:
        assert 'default="gpt-5.6-terra"' in fixed, report.output
        assert "temperature=temperature" not in fixed
        assert "max_completion_tokens=max_tokens" in fixed
    else:
        assert 'default="gpt-3.5-turbo"' in fixed, report.output
        assert "client.chat" not in fixed or "temperature=temperature" in fixed, report.output


@pytest.mark.parametrize("extra, moved", [
    ("", True),
    # the twin: the lookup's value is also compared by the old name
    ("    if params.get(\"model\", defaults.DEFAULT_MODEL) == \"gpt-3.5-turbo\":\n"
     "        q = q.strip()\n", False),
])
def test_an_imported_constant_as_a_lookups_fallback_moves_with_the_call(tmp_path: Path, extra,
                                                                        moved):
    """`model=params.get("model", defaults.DEFAULT_MODEL)` with the constant in another module:
    the constant is renamed and the call sends what its new model takes (temperature= dropped,
    max_tokens= renamed), as for `model=defaults.DEFAULT_MODEL`."""
    defaults = 'DEFAULT_MODEL = "gpt-3.5-turbo"\n'
    tasks = ("import openai\n\nimport defaults\n\n\ndef run(q, params):\n" + extra +
             "    r = openai.ChatCompletion.create(model=params.get(\"model\", "
             "defaults.DEFAULT_MODEL), messages=[{\"role\": \"user\", \"content\": q}], "
             "temperature=params.get(\"temperature\", 0.5), max_tokens=params.get(\"n\"))\n"
             "    return r.choices[0].message.content\n")
    root = _project(tmp_path, defaults=defaults, tasks=tasks)
    report = _fix_project(root)
    fixed = (root / "tasks.py").read_text()
    if moved:
        assert "gpt-5.6-terra" in (root / "defaults.py").read_text(), report.output
        assert "temperature=" not in fixed and 'max_completion_tokens=params.get("n")' in fixed
    else:
        assert (root / "defaults.py").read_text() == defaults, report.output
        assert "client.chat" not in fixed, report.output


@pytest.mark.parametrize("reads, caller, moved", [
    ("", "", True),
    # the twins: the function compares the entry, or another caller hands it a dict whose
    # model stays (so the call keeps temperature= for it)
    ("    if config[\"model\"] == \"gpt-3.5-turbo\":\n        q = q.strip()\n", "", False),
    ("", "ask({\"model\": \"gpt-4o\", \"temperature\": 1.0}, \"Hey\")\n", False),
])
def test_a_config_dict_handed_to_a_function_that_reads_it_by_key_moves_with_its_call(
        tmp_path: Path, reads, caller, moved):
    """`config = {"model": ..., "temperature": 0.7}` built in main() and handed whole to a
    module function that only reads it key by key (`model=config["model"]`,
    `temperature=config["temperature"]`): the model is renamed and the call that sends it
    drops and renames what the new model rejects or names otherwise."""
    app = ("import openai\n\n\ndef ask(config, q):\n" + reads +
           "    r = openai.ChatCompletion.create(model=config[\"model\"], messages=[{\"role\": "
           "\"user\", \"content\": q}], temperature=config[\"temperature\"], "
           "max_tokens=config[\"max_tokens\"])\n    return r.choices[0].message.content\n\n\n"
           "def main():\n    config = {\"model\": \"gpt-3.5-turbo\", \"temperature\": 0.7, "
           "\"max_tokens\": 50}\n    print(ask(config, \"Hi\"))\n\n\n" + caller + "main()\n")
    root = _project(tmp_path, app=app)
    report = _fix_project(root)
    fixed = (root / "app.py").read_text()
    if moved:
        assert '"model": "gpt-5.6-terra"' in fixed, report.output
        assert "temperature=" not in fixed.split("def main")[0]
        assert 'max_completion_tokens=config["max_tokens"]' in fixed
    else:
        assert '"model": "gpt-3.5-turbo"' in fixed and "temperature=config" in fixed, \
            report.output


@pytest.mark.parametrize("extra, moved", [
    ("", True),
    # the twin: the function also compares its parameter, which a moved default would change
    ("    if engine == \"text-davinci-003\":\n        prompt = prompt.strip()\n", False),
])
def test_an_imported_completion_constant_as_a_parameter_default_moves(tmp_path: Path, extra,
                                                                      moved):
    """`def complete(prompt, engine=COMPLETION_MODEL)` with the constant imported from another
    module: the constant moves to the chat target with the call, where the parameter is
    only sent as the model."""
    settings = 'COMPLETION_MODEL = "text-davinci-003"\n'
    app = ("import openai\n\nfrom settings import COMPLETION_MODEL\n\n\n"
           "def complete(prompt, engine=COMPLETION_MODEL):\n" + extra +
           "    r = openai.Completion.create(engine=engine, prompt=prompt)\n"
           "    return r[\"choices\"][0][\"text\"]\n\n\nprint(complete(\"Hi\"))\n")
    root = _project(tmp_path, settings=settings, app=app)
    _fix_project(root)
    if moved:
        assert (root / "settings.py").read_text() == 'COMPLETION_MODEL = "gpt-5.6-terra"\n'
        assert "client.chat.completions.create(model=engine" in (root / "app.py").read_text()
    else:
        assert (root / "settings.py").read_text() == settings
        assert (root / "app.py").read_text() == app


UTILS_COMPARING = ('import openai\n\n\ndef create(prompt, model="gpt-4o"):\n'
                   '    if model == "gpt-3.5-turbo":\n        return "chat"\n'
                   '    return "completion"\n')
UTILS_SENDING = ('import openai\n\n\ndef create(prompt, model="gpt-4o"):\n'
                 '    return openai.ChatCompletion.create(model=model, messages=[{"role": "user", '
                 '"content": prompt}])["choices"][0]["message"]["content"]\n')


@pytest.mark.parametrize("utils, call, held", [
    (UTILS_COMPARING, 'utils.create("Hi", model="gpt-3.5-turbo")', True),
    (UTILS_COMPARING, 'create("Hi", model="gpt-3.5-turbo")', True),
    (UTILS_SENDING, 'utils.create("Hi", model="gpt-3.5-turbo")', False),
])
def test_a_model_passed_to_another_modules_function_that_compares_it_stays(tmp_path: Path, utils,
                                                                             call, held):
    """A literal passed to a function of another project module whose parameter that function
    compares (`if model == "gpt-3.5-turbo":`) keeps its name; one that function only sends is
    renamed."""
    caller = "import utils\nfrom utils import create\n\nprint(" + call + ")\n"
    root = _project(tmp_path, utils=utils, main=caller)
    report = CliRunner().invoke(main, ["scan", str(root), *PINNED, "--unsafe-fixes"])
    _fix_project(root)
    renamed = "gpt-5.6-terra" in (root / "main.py").read_text()
    assert renamed is not held
    if held:
        assert "utils.py:5 compares or looks up model" in report.output


def _notebook(*cells: str) -> str:
    return json.dumps({"cells": [{"cell_type": "code", "metadata": {}, "outputs": [],
                                  "execution_count": None, "source": cell} for cell in cells],
                       "metadata": {}, "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n"


@pytest.mark.parametrize("call, held", [
    # a 1.x call the run does not rewrite, with a parameter the new model rejects: held
    ("client.chat.completions.create(model=MODEL, temperature=TEMPERATURE, messages=[])", True),
    # a 0.x chat call: its rewrite sends what the new model takes
    ("openai.ChatCompletion.create(model=MODEL, temperature=TEMPERATURE, messages=[])", False),
])
def test_a_notebook_that_sends_a_model_constant_is_read_cell_by_cell(tmp_path: Path, call: str,
                                                                     held: bool):
    root = _project(tmp_path, settings=CHAT_SETTINGS)
    notebook = _notebook("%pip install openai\nimport openai\nfrom openai import OpenAI\n"
                         "from settings import MODEL, TEMPERATURE\nclient = OpenAI()",
                         f"reply = {call}")
    (root / "explore.ipynb").write_text(notebook)
    _fix_project(root)
    settings = (root / "settings.py").read_text()
    assert (settings == CHAT_SETTINGS) is held, settings
    if not held:
        assert "temperature" not in (root / "explore.ipynb").read_text()


EMBED = ('import openai\n\nDOC_MODEL = "text-search-ada-doc-001"\n'
         'QUERY_MODEL = "text-search-ada-query-001"\n\n\n'
         'def embed(texts, engine):\n'
         '    result = openai.Embedding.create(input=texts, engine=engine)\n'
         '    return [r["embedding"] for r in result["data"]]\n\n\n'
         'docs = embed(["a"], DOC_MODEL)\nquery = embed(["b"], QUERY_MODEL)\n')


@pytest.mark.parametrize("importer", [
    None, 'from emb import embed\n\nembed(["x"], "text-embedding-3-large")\n'])
def test_an_embedding_size_asked_inside_a_function_another_module_imports_stays(
        tmp_path: Path, importer: Optional[str]):
    """The callers of embed() in its module pass 1024-d models: the call asks the new model
    for 1024 dimensions. Where another module imports embed() with a model of its own, that
    size would change its vectors: the renames stay manual, and the call with them."""
    files = {"emb": EMBED, **({"other": importer} if importer else {})}
    root = _project(tmp_path, **files)
    result = _fix_project(root)
    fixed = (root / "emb.py").read_text()
    if importer is None:
        assert 'DOC_MODEL = "text-embedding-3-small"' in fixed
        assert "client.embeddings.create(input=texts, model=engine, dimensions=1024)" in fixed
        return
    assert fixed == EMBED, result.output
    report = CliRunner().invoke(main, ["scan", str(root), *PINNED, "--unsafe-fixes"])
    assert "other.py imports embed(), whose call would ask every model for dimensions=1024" \
        in report.output


EMBED_CONSTANT = ('import openai\n\nEMBED_MODEL = "text-search-ada-doc-001"\n\n\n'
                  'def embed(texts{parameter}):\n{local}'
                  '    resp = openai.Embedding.create(model={model}, input=texts)\n'
                  '    return [item["embedding"] for item in resp["data"]]\n')


@pytest.mark.parametrize("parameter, local, model, moves", [
    ("", "", "EMBED_MODEL", True),
    (", engine=EMBED_MODEL", "", "engine", False),
    (", engine=None", "    chosen = engine or EMBED_MODEL\n", "chosen", False),
])
def test_an_embedding_size_asked_with_a_model_no_caller_chooses_moves(
        tmp_path: Path, parameter: str, local: str, model: str, moves: bool):
    """Another module imports embed(), but the call sends the module constant, which no
    caller can change: the 1024 dimensions it asks for are the constant's own, so the rename
    and the call move. Where the model comes from a parameter (or a local made from one),
    the importer may pass other models: both stay manual."""
    source = EMBED_CONSTANT.format(parameter=parameter, local=local, model=model)
    root = _project(tmp_path, emb=source,
                    other='from emb import embed\n\nprint(len(embed(["x"])[0]))\n')
    result = _fix_project(root)
    fixed = (root / "emb.py").read_text()
    if not moves:
        assert 'EMBED_MODEL = "text-search-ada-doc-001"' in fixed, result.output
        assert "dimensions" not in fixed, result.output
        # the call keeps its 0.x form with the model: moved, it would ask for the dead one
        assert "openai.Embedding.create(" in fixed, result.output
        return
    assert 'EMBED_MODEL = "text-embedding-3-small"' in fixed, result.output
    assert "client.embeddings.create(model=EMBED_MODEL, input=texts, dimensions=1024)" in fixed


@pytest.mark.parametrize("importer, held", [
    ('import openai\n\nfrom emb import EMBED_MODEL\n\n'
     'print(len(openai.Embedding.create(model=EMBED_MODEL, input=["x"])["data"][0]'
     '["embedding"]))\n', True),
    ('from emb import EMBED_MODEL\n\nprint("index built with", EMBED_MODEL)\n', False),
])
def test_an_embedding_constant_another_module_sends_keeps_its_size_question(
        tmp_path: Path, importer: str, held: bool):
    """The rename adds dimensions=1024 to this module's calls only: another module that
    imports the constant and sends it to a call of its own would get 1536-d vectors from the
    new model, so the rename (and the calls with it) stay manual. An importer that only
    prints the name does not hold it."""
    source = EMBED_CONSTANT.format(parameter="", local="", model="EMBED_MODEL")
    root = _project(tmp_path, emb=source, other=importer)
    result = _fix_project(root)
    fixed = (root / "emb.py").read_text()
    if held:
        assert fixed == source, result.output
        assert "dimensions" not in (root / "other.py").read_text()
        report = CliRunner().invoke(main, ["scan", str(root), *PINNED, "--unsafe-fixes"])
        assert "other.py sends EMBED_MODEL to a call of its own" in report.output
        return
    assert "client.embeddings.create(model=EMBED_MODEL, input=texts, dimensions=1024)" in fixed


GEN_KWARGS = ('import openai\n\nENGINE = "text-davinci-003"\n'
              'GEN_KWARGS = {\n    "temperature": 0.0,\n    "max_tokens": 64,\n    "top_p": 1,\n}\n\n\n'
              'def answer(question):\n'
              '    response = openai.Completion.create(engine=ENGINE, prompt=question, '
              '**GEN_KWARGS{extra})\n'
              '    return response["choices"][0]["text"].strip()\n')


@pytest.mark.parametrize("extra", ["", ", n=2"])
def test_a_module_options_dict_with_the_model_named_beside_it(tmp_path: Path, extra: str):
    """`create(engine=ENGINE, prompt=p, **GEN_KWARGS)`: the model named beside the module's
    dict moves to the chat target and the dict's entries change where it is built; another
    keyword beside it (the no-op twin) leaves the call for the hand."""
    source = GEN_KWARGS.replace("{extra}", extra)
    root = _project(tmp_path, app=source)
    _fix_project(root)
    fixed = (root / "app.py").read_text()
    if extra:
        assert fixed == source
        return
    assert 'ENGINE = "gpt-5.6-terra"' in fixed
    assert '"max_completion_tokens": 64' in fixed and '"temperature"' not in fixed
    assert ('client.chat.completions.create(model=ENGINE, messages=[{"role": "user", '
            '"content": question}], **GEN_KWARGS)') in fixed
    compile(fixed, "app.py", "exec")


ENV_CONFIG = 'import os\n\nMODEL = os.getenv("MODEL", "gpt-3.5-turbo")\n'
ENV_LLM = ('import openai\n\nfrom config import MODEL\n\n\ndef chat(messages):\n'
           '    response = openai.ChatCompletion.create(model=MODEL, messages=messages, '
           'max_tokens=50)\n'
           '    return response["choices"][0]["message"]["content"]\n')


@pytest.mark.parametrize("compared", [False, True])
def test_an_environment_default_of_another_module_moves_with_the_calls(tmp_path: Path,
                                                                        compared: bool):
    """`MODEL = os.getenv("MODEL", "gpt-3.5-turbo")` in config.py is the model llm.py sends:
    its default is renamed and the call sends max_completion_tokens=; where a third module
    compares the name (the no-op twin), both stay."""
    files = {"config": ENV_CONFIG, "llm": ENV_LLM}
    if compared:
        files["banner"] = ('from config import MODEL\n\nif MODEL == "gpt-3.5-turbo":\n'
                           '    print("cheap")\n')
    root = _project(tmp_path, **files)
    _fix_project(root)
    config, llm = (root / "config.py").read_text(), (root / "llm.py").read_text()
    if compared:
        assert config == ENV_CONFIG and llm == ENV_LLM
        return
    assert 'os.getenv("MODEL", "gpt-5.6-terra")' in config
    assert "max_completion_tokens=50" in llm and "client.chat.completions.create(" in llm


@pytest.mark.parametrize("user, renamed", [
    # nothing joined to the module uses a provider: a stand-in's default, kept
    ("from helpers import describe\n\nprint(describe('hi'))\n", False),
    # the twin: a module that imports openai uses the helper module, so the default may be sent
    ("import openai\n\nfrom helpers import describe\n\nprint(describe('hi'))\n", True),
])
def test_a_model_default_of_a_module_joined_to_no_provider_is_kept(tmp_path: Path, user,
                                                                     renamed):
    """A module with no SDK import, joined by imports to none that has one: the model its
    function defaults to is its own (shown, stored, a stand-in's), reported but not renamed,
    and so are its records (a list of dicts); its top-level constant is a setting, renamed
    where some module of the project uses a provider (code it joins may read it)."""
    helpers = ('MODEL = "gpt-3.5-turbo"\nRECORDS = [{"id": "gpt-4", "price": 0.06}]\n\n\n'
               'def describe(prompt, model="gpt-4"):\n    return f"[{model}] {prompt}"\n')
    root = _project(tmp_path, helpers=helpers, main=user, worker="import openai\n")
    report = CliRunner().invoke(main, ["scan", str(root), *PINNED, "--unsafe-fixes"])
    _fix_project(root)
    fixed = (root / "helpers.py").read_text()
    assert 'MODEL = "gpt-5.6-terra"' in fixed, report.output
    assert ('model="gpt-4"' not in fixed) is renamed, report.output
    assert ('{"id": "gpt-4"' not in fixed) is renamed, report.output
    if not renamed:
        assert "uses no LLM SDK, nor does any module of the project" in report.output


@pytest.mark.parametrize("extra, renamed", [
    # openai only gets its key: the stand-in's default is its own, kept
    ("", False),
    # the twin: the module also asks the API for something, so it uses the SDK
    ("print(len(openai.Model.list()['data']) > 0)\n", True),
    # or reads a setting back (for a request of its own, say)
    ("print(bool(openai.api_key))\n", True),
])
def test_a_module_that_only_sets_openais_key_uses_no_provider(tmp_path: Path, extra, renamed):
    """`import openai` whose only uses are openai<1's settings (`openai.api_key = ...`) makes
    no request: a stand-in's model default in that script (printed, never sent) is reported
    but not renamed, as in a module with no SDK import."""
    stub = ('import os\n\nimport openai\n\nopenai.api_key = os.environ.get("OPENAI_API_KEY")\n'
            '\n\ndef offline_chat(prompt, model="gpt-3.5-turbo"):\n'
            '    return {"model": model, "choices": [{"text": prompt.upper()}]}\n\n\n'
            'print(offline_chat("hi")["model"])\n' + extra)
    root = _project(tmp_path, stub=stub)
    report = CliRunner().invoke(main, ["scan", str(root), *PINNED, "--unsafe-fixes"])
    _fix_project(root)
    fixed = (root / "stub.py").read_text()
    assert ('model="gpt-3.5-turbo"' not in fixed) is renamed, report.output
    if not renamed:
        assert fixed == stub and "uses no LLM SDK" in report.output


@pytest.mark.parametrize("elsewhere, renamed", [
    # no module of the project uses a provider: the inventory's names are records
    ("", False),
    # the twin: a module the inventory is not joined to calls the API, so a settings module
    # may be read by code the scan does not see
    ("import openai\n", True),
])
def test_a_settings_modules_table_in_a_project_with_no_provider_is_kept(tmp_path: Path,
                                                                        elsewhere, renamed):
    """inventory.py lists deployments (`{"model": "gpt-4", "region": ...}`) that report.py
    prints; nothing in the project calls a provider."""
    files = {"inventory": 'DEPLOYMENTS = {"chat": "gpt-4", "region": "westeurope"}\n',
             "report": "from inventory import DEPLOYMENTS\n\nprint(DEPLOYMENTS[\"chat\"])\n"}
    if elsewhere:
        files["worker"] = elsewhere
    root = _project(tmp_path, **files)
    report = _fix_project(root)
    assert ('"gpt-4"' not in (root / "inventory.py").read_text()) is renamed, report.output


@pytest.mark.parametrize("tail, renamed", [
    # a script (a top-level loop printing its table): the table is its own, kept
    ("for number, (title, model) in LESSONS.items():\n    print(number, title, model)\n",
     False),
    # the twin: a module of settings others may read keeps renaming its top-level table
    ("", True),
])
def test_a_scripts_top_level_table_joined_to_no_provider_is_kept(tmp_path: Path, tail,
                                                                 renamed):
    """A script with no SDK import (course notes printing which model each lesson used) is
    not a settings module: its top-level table is a record, reported but not renamed."""
    notes = 'LESSONS = {1: ("Guidelines", "gpt-3.5-turbo")}\n' + tail
    root = _project(tmp_path, notes=notes, worker="import openai\n")  # not joined to notes
    report = _fix_project(root)
    assert ('"gpt-3.5-turbo"' not in (root / "notes.py").read_text()) is renamed, \
        report.output


@pytest.mark.parametrize("sent, renamed", [
    # the class stores the model and sends it with a temperature the new model rejects
    ("temperature=0.5, ", False),
    # the twin: it sends only the model and the messages
    ("", True),
])
def test_a_model_given_to_another_modules_class_is_judged_where_it_is_sent(tmp_path: Path,
                                                                          sent, renamed):
    """`Bot(model="gpt-4")` with `Bot` of another project module: its `__init__` stores the
    model on self, and the call that sends `self.model` decides whether the literal moves."""
    bot = ("import openai\n\n\nclass Bot:\n    def __init__(self, model):\n"
           "        self.model = model\n\n    def ask(self, q):\n"
           "        return openai.ChatCompletion.create(model=self.model, " + sent +
           "messages=[{\"role\": \"user\", \"content\": q}])\n")
    root = _project(tmp_path, bot=bot, main='from bot import Bot\n\nBOT = Bot(model="gpt-4")\n')
    report = CliRunner().invoke(main, ["scan", str(root), *PINNED, "--unsafe-fixes"])
    _fix_project(root)
    assert ('"gpt-4"' not in (root / "main.py").read_text()) is renamed, report.output
    if not renamed:
        assert "bot.py:9 sends model with temperature=" in report.output


@pytest.mark.parametrize("other, renamed", [
    ("", True),
    # the twin: another module spreads the same options dict into its own calls
    ("from app import GEN_KWARGS\n\nprint(GEN_KWARGS)\n", False),
])
def test_an_options_dict_changed_with_the_model_is_held_where_another_module_reads_it(
        tmp_path: Path, other, renamed):
    """`GEN_KWARGS = {"temperature": 0, "max_tokens": 40}` spread into the call the renamed
    model reaches changes where it is written; not where another module reads it too."""
    app = ('import openai\n\nMODEL = "gpt-3.5-turbo"\nGEN_KWARGS = {"temperature": 0, '
           '"max_tokens": 40}\n\n\ndef ask(q):\n    return openai.ChatCompletion.create(\n'
           '        model=MODEL, messages=[{"role": "user", "content": q}], **GEN_KWARGS,\n'
           '    )["choices"][0]["message"]["content"]\n')
    files = {"app": app, **({"report": other} if other else {})}
    root = _project(tmp_path, **files)
    report = CliRunner().invoke(main, ["scan", str(root), *PINNED, "--unsafe-fixes"])
    _fix_project(root)
    fixed = (root / "app.py").read_text()
    assert ('GEN_KWARGS = {"max_completion_tokens": 40}' in fixed) is renamed, report.output
    if not renamed:
        assert "changes GEN_KWARGS's entries, which report.py:3 reads too" in report.output


@pytest.mark.parametrize("relay, own, rewritten", [
    ("            return fn(*args, **kwargs)\n", "", True),
    # the twins: the helper changes what it passes on, calls its function twice, reads what
    # it returns, or is given its own setting (written inside the call's text)
    ("            kwargs.setdefault(\"request_timeout\", 5)\n"
     "            return fn(*args, **kwargs)\n", "", False),
    ("            fn(*args, **kwargs)\n            return fn(*args, **kwargs)\n", "", False),
    ("            return fn(*args, **kwargs)[\"data\"]\n", "", False),
    ("            return fn(*args, **kwargs)\n", ", attempts=2", False),
])
def test_a_retry_helper_that_relays_its_function_is_followed(ctx, tmp_path: Path, relay, own,
                                                             rewritten):
    """`with_retries(openai.Embedding.create, input=texts, engine=...)`, where the module's
    helper only calls its function with its other arguments and returns what it returns:
    the call moves (its response read through the dict view); a helper that changes or
    reads what passes through stays manual."""
    source = ("import openai\n\n\ndef with_retries(fn, *args, attempts=3, **kwargs):\n"
              "    for attempt in range(attempts):\n        try:\n" + relay +
              "        except openai.error.RateLimitError:\n            pass\n\n\n"
              "resp = with_retries(openai.Embedding.create, input=[\"a\"], "
              "engine=\"text-embedding-ada-002\"" + own + ")\n"
              "print(len(resp[\"data\"][0][\"embedding\"]))\n")
    path = _project_file(tmp_path, source, "openai>=1")
    fixed, _, _ = fix_source(source, ctx, unsafe=True, path=str(path))
    if rewritten:
        assert "client.embeddings.create(**kwargs)" in fixed
        assert "openai.Embedding" not in fixed
    else:
        assert "with_retries(openai.Embedding.create" in fixed


@pytest.mark.parametrize("relay, rewritten", [
    ("            return fn(*args, **kwargs)\n", True),
    # the twin: the other module's helper reads what its function returns
    ("            return fn(*args, **kwargs)[\"data\"]\n", False),
])
def test_a_retry_helper_imported_from_another_module_is_followed(tmp_path: Path, relay,
                                                                 rewritten):
    """`from retry import with_retries`, where retry.py's helper only relays its function:
    the call in llm.py moves as it does with the helper in its own module."""
    retry = ("import openai\n\n\ndef with_retries(fn, *args, attempts=3, **kwargs):\n"
             "    for attempt in range(attempts):\n        try:\n" + relay +
             "        except openai.error.RateLimitError:\n            pass\n")
    llm = ("import openai\n\nfrom retry import with_retries\n\n\ndef embed(texts):\n"
           "    resp = with_retries(openai.Embedding.create, input=texts, "
           "model=\"text-embedding-ada-002\")\n"
           "    return [item[\"embedding\"] for item in resp[\"data\"]]\n")
    root = _project(tmp_path, retry=retry, llm=llm)
    report = _fix_project(root)
    fixed = (root / "llm.py").read_text()
    if rewritten:
        assert "client.embeddings.create(**kwargs)" in fixed, report.output
        assert "openai.Embedding" not in fixed
    else:
        assert "with_retries(openai.Embedding.create" in fixed, report.output


@pytest.mark.parametrize("caller, rewritten", [
    ("save(\"a cat\")\n", True),
    ("save(\"a dog\", size=\"1024x1536\")\n", True),
    # the twin: a caller asks for a size the GPT image model does not make
    ("save(\"a cat\")\nsave(\"a dog\", size=\"256x256\")\n", False),
])
def test_an_image_size_a_helper_parameter_holds_is_judged_by_its_values(ctx, tmp_path: Path,
                                                                        caller, rewritten):
    """`size=size` of a helper whose default, and every caller's value, is a size the GPT image
    model makes: the call moves; a caller's other size keeps it manual."""
    source = ("import openai\n\n\ndef save(prompt, size=\"1024x1024\"):\n"
              "    r = openai.Image.create(prompt=prompt, n=1, size=size, "
              "response_format=\"b64_json\")\n    return r[\"data\"][0][\"b64_json\"]\n\n\n"
              + caller)
    path = _project_file(tmp_path, source, "openai>=1")
    fixed, _, _ = fix_source(source, ctx, unsafe=True, path=str(path))
    assert ("client.images.generate(" in fixed) is rewritten, fixed


KWARGS_HELPER = ('import openai\n\nMODEL = "gpt-4"\n\n\n'
                 'def chat(messages, **kwargs):\n'
                 '    retries = kwargs.pop("retries", 3){read}\n'
                 '    for _ in range(retries):\n'
                 '        response = openai.ChatCompletion.create(model=MODEL, messages=messages,'
                 ' **kwargs)\n'
                 '        return response["choices"][0]["message"]["content"]\n\n\n'
                 'def short(question):\n'
                 '    return chat([{"role": "user", "content": question}], max_tokens=5,'
                 ' temperature=0, retries=1)\n\n\n'
                 'def plain(question):\n'
                 '    return chat([{"role": "user", "content": question}]{extra})\n')


@pytest.mark.parametrize("twin", ["", "imported", "spread", "read", "handed"])
def test_a_helpers_kwargs_filled_by_callers_in_sight_change_at_the_callers(
        tmp_path: Path, twin: str, monkeypatch: pytest.MonkeyPatch):
    """`chat(messages, **kwargs)` spreads its kwargs into the call, and its callers in this
    module pass max_tokens= and temperature= through it (its own retries= popped): the model
    moves, and the callers' keywords are renamed or removed where they are written. Twins
    keep it all: another module imports chat(), a caller spreads a dict of its own, the
    helper reads its kwargs whole, or hands itself on as a value."""
    source = KWARGS_HELPER.replace(
        "{read}", '\n    print(sorted(kwargs))' if twin == "read" else "").replace(
        "{extra}", ", **OPTIONS" if twin == "spread" else "")
    if twin == "spread":
        source = source.replace('MODEL = "gpt-4"\n', 'MODEL = "gpt-4"\nOPTIONS = {}\n')
    if twin == "handed":
        source += '\n\nHANDLERS = {"chat": chat}\n'
    files = {"llm": source}
    if twin == "imported":
        files["main"] = 'from llm import chat\n\nprint(chat([], top_p=0.5))\n'
    root = _project(tmp_path, **files)
    monkeypatch.chdir(root)  # paths as `scan .` gives them: relative
    CliRunner().invoke(main, ["scan", ".", *PINNED, "--fix", "--unsafe-fixes"],
                       catch_exceptions=False)
    fixed = (root / "llm.py").read_text()
    if twin:
        assert 'MODEL = "gpt-4"' in fixed and "max_tokens=5, temperature=0" in fixed
        return
    assert 'MODEL = "gpt-5.6-sol"' in fixed
    assert ('return chat([{"role": "user", "content": question}], max_completion_tokens=5, '
            'retries=1)\n') in fixed
    assert "client.chat.completions.create(model=MODEL, messages=messages, **kwargs)" in fixed
    compile(fixed, "llm.py", "exec")


STAR_IMPORT = ('from openai import *\n{other}\n\n'
               'def summarize(text):\n'
               '    result = ChatCompletion.create(model="gpt-4o", messages=[{"role": "user", '
               '"content": text}])\n'
               '    return result["choices"][0]["message"]["content"]\n')


@pytest.mark.parametrize("other", ["", "from helpers import *\n"])
def test_a_star_import_of_openai_binds_its_0x_resources(tmp_path: Path, other: str):
    """`from openai import *` binds openai<1's ChatCompletion: the bare call moves to a
    client. Beside another star import (the no-op twin), the name may be that module's."""
    source = STAR_IMPORT.replace("{other}", other)
    files = {"app": source}
    if other:
        files["helpers"] = "VERSION = 1\n"
    root = _project(tmp_path, **files)
    _fix_project(root)
    fixed = (root / "app.py").read_text()
    if other:
        assert "ChatCompletion.create(" in fixed and "client" not in fixed
        return
    assert "    result = client.chat.completions.create(model=" in fixed
    assert "return result.choices[0].message.content" in fixed
    assert "from openai import OpenAI\n" in fixed
    compile(fixed, "app.py", "exec")


@pytest.mark.parametrize("loop", ["embedding", "item"])
def test_a_comprehension_reuses_the_response_name_for_its_items(tmp_path: Path, loop: str):
    """`[embedding["embedding"] for embedding in embedding["data"]]`: the first iterable is read
    where the comprehension is (the response), the element inside it (an item); both change.
    The twin names its items otherwise."""
    source = ('import openai\n\n\ndef embed(queries):\n'
              '    embedding = openai.Embedding.create(input=queries, '
              'model="text-embedding-3-small")\n'
              f'    return [{loop}["embedding"] for {loop} in embedding["data"]]\n')
    root = _project(tmp_path, app=source)
    _fix_project(root)
    fixed = (root / "app.py").read_text()
    assert f"    return [{loop}.embedding for {loop} in embedding.data]\n" in fixed
    compile(fixed, "app.py", "exec")


ENUM_MODELS = ('from enum import Enum\n\n\nclass ChatModel(str, Enum):\n'
               '    GPT_4 = "gpt-4"\n')
ENUM_CHAT = ('import openai\n\nfrom models import ChatModel\n\n\n'
             'def ask(question, model=ChatModel.GPT_4):\n'
             '    reply = openai.ChatCompletion.create(model=model.value, messages=[{"role": '
             '"user", "content": question}])\n'
             '    return reply["choices"][0]["message"]["content"]\n')


@pytest.mark.parametrize("parsed", [False, True])
def test_an_enum_parsed_by_value_elsewhere_keeps_its_members(tmp_path: Path, parsed: bool,
                                                             monkeypatch: pytest.MonkeyPatch):
    """`ChatModel(name)` in another module looks members up by value, and the name it is given
    keeps the old model: the member keeps its name. The twin only sends `.value`: renamed."""
    files = {"models": ENUM_MODELS, "chat": ENUM_CHAT}
    if parsed:
        files["cli"] = ('import sys\n\nfrom chat import ask\nfrom models import ChatModel\n\n'
                        'print(ask("hi", ChatModel(sys.argv[1])))\n')
    root = _project(tmp_path, **files)
    monkeypatch.chdir(root)
    CliRunner().invoke(main, ["scan", ".", *PINNED, "--fix", "--unsafe-fixes"],
                       catch_exceptions=False)
    models = (root / "models.py").read_text()
    assert ('GPT_4 = "gpt-4"' in models) is parsed
    report = CliRunner().invoke(main, ["scan", ".", *PINNED, "--unsafe-fixes"])
    assert ("looks its members up by value" in report.output) is parsed


@pytest.mark.parametrize("handed", [False, True])
def test_an_imported_option_default_follows_the_options_value(tmp_path: Path, handed: bool):
    """`add_argument("--model", default=DEFAULT_MODEL)` with DEFAULT_MODEL from models.py: the
    rename follows `args.model`. Handed to another module's function (which may compare it or
    send max_tokens=), it is held; sent as the model of a call there (the twin), it moves."""
    use = ("print(complete(args.prompt, args.model))\n" if handed else
           "reply = openai.ChatCompletion.create(model=args.model, messages=[{\"role\": "
           "\"user\", \"content\": args.prompt}])\nprint(reply[\"choices\"][0][\"message\"]"
           "[\"content\"])\n")
    cli = ("import argparse\n\nimport openai\n\nfrom api import complete\n"
           "from models import DEFAULT_MODEL\n\nparser = argparse.ArgumentParser()\n"
           "parser.add_argument(\"prompt\")\n"
           "parser.add_argument(\"--model\", default=DEFAULT_MODEL)\n"
           "args = parser.parse_args()\n" + use)
    api = ("import openai\n\n\ndef complete(prompt, model):\n"
           "    reply = openai.ChatCompletion.create(model=model, messages=[{\"role\": \"user\", "
           "\"content\": prompt}], max_tokens=50)\n"
           "    return reply[\"choices\"][0][\"message\"][\"content\"]\n")
    root = _project(tmp_path, models='DEFAULT_MODEL = "gpt-3.5-turbo"\n', cli=cli, api=api)
    _fix_project(root)
    models = (root / "models.py").read_text()
    assert ('DEFAULT_MODEL = "gpt-3.5-turbo"' in models) is handed


@pytest.mark.parametrize("limited", [False, True])
def test_an_imported_option_default_sent_with_rejected_parameters_is_held(tmp_path: Path,
                                                                          limited: bool):
    """`add_argument("--model", default=config.DEFAULT_MODEL)` and a call sending `args.model`
    with `max_tokens=args.max_tokens` (rt60_argparse_default_from_config_module): the call's
    rewrite cannot see that the option defaults to config.py's constant, so it keeps
    max_tokens=, which the renamed model rejects: the constant is held. The twin's call sends
    nothing the new model rejects: renamed."""
    limit = ", max_tokens=args.max_tokens" if limited else ""
    cli = ("import argparse\n\nimport openai\n\nimport config\n\n"
           "parser = argparse.ArgumentParser()\n"
           "parser.add_argument(\"--model\", default=config.DEFAULT_MODEL)\n"
           "parser.add_argument(\"--max-tokens\", type=int, default=50)\n"
           "args = parser.parse_args()\n"
           "reply = openai.ChatCompletion.create(model=args.model" + limit + ", messages=[{"
           "\"role\": \"user\", \"content\": \"hi\"}])\n"
           "print(reply[\"choices\"][0][\"message\"][\"content\"])\n")
    root = _project(tmp_path, config='DEFAULT_MODEL = "gpt-3.5-turbo"\n', cli=cli)
    report = _fix_project(root)
    config = (root / "config.py").read_text()
    assert ('DEFAULT_MODEL = "gpt-3.5-turbo"' in config) is limited
    assert bool(re.search(r"cli\.py:\d+ sends DEFAULT_MODEL with max_tokens=",
                          " ".join(report.output.split()))) is limited


@pytest.mark.parametrize("limited", [False, True])
def test_a_settings_module_nobody_imports_is_judged_by_its_attribute_reads(tmp_path: Path,
                                                                           limited: bool):
    """Django's shape (rt60_pkg_django_style_settings_dict_conf): settings.py is imported by
    no module (conf.py loads it with importlib, as django.conf does), services.py reads
    `settings.OPENAI["MODEL"]` and `settings.CHAT_MODEL`. Sent with max_tokens= (which the
    renamed model names otherwise, and the call's rewrite cannot see what the attribute
    holds), both stay; the twin's calls send nothing the new models reject: renamed."""
    limit = ", max_tokens=20" if limited else ""
    settings = 'CHAT_MODEL = "gpt-3.5-turbo"\nOPENAI = {"MODEL": "gpt-4", "KEY": ""}\n'
    conf = ("import importlib\n\n\nclass LazySettings:\n    def __getattr__(self, name):\n"
            "        return getattr(importlib.import_module(\"settings\"), name)\n\n\n"
            "settings = LazySettings()\n")
    services = ("import openai\n\nfrom conf import settings\n\n\ndef ask(q):\n"
                "    r = openai.ChatCompletion.create(model=settings.CHAT_MODEL" + limit +
                ", messages=[{\"role\": \"user\", \"content\": q}])\n"
                "    return r[\"choices\"][0][\"message\"][\"content\"]\n\n\ndef check(q):\n"
                "    r = openai.ChatCompletion.create(model=settings.OPENAI[\"MODEL\"]" + limit +
                ", messages=[{\"role\": \"user\", \"content\": q}])\n"
                "    return r[\"choices\"][0][\"message\"][\"content\"]\n")
    root = _project(tmp_path, settings=settings, conf=conf, services=services)
    _fix_project(root)
    fixed = (root / "settings.py").read_text()
    assert ('CHAT_MODEL = "gpt-3.5-turbo"' in fixed) is limited
    assert ('"MODEL": "gpt-4"' in fixed) is limited
    assert ('"MODEL": "gpt-5.6-sol"' in fixed) is not limited


@pytest.mark.parametrize("defaulted", [False, True])
def test_a_dotenv_model_held_on_a_call_this_run_fixes_is_renamed_in_the_same_run(
        tmp_path: Path, defaulted: bool):
    """.env's OPENAI_MODEL is held while main.py's call sends max_tokens= with a model read
    from the environment (rt60_dotenv_file_parsed_by_hand_getenv_default). With a getenv
    default of the same old model, main.py's own fix renames it and sends
    max_completion_tokens=, so the hold, judged on main.py before that fix, is judged again
    after it and .env moves too (else the loaded value 404s). The twin reads
    os.environ["OPENAI_MODEL"] with no default: main.py keeps max_tokens=, .env stays held."""
    model = ('os.getenv("OPENAI_MODEL", "gpt-3.5-turbo")' if defaulted
             else 'os.environ["OPENAI_MODEL"]')
    main = ("import os\n\nimport openai\n\nMODEL = " + model + "\n\n\ndef ask(q):\n"
            "    r = openai.ChatCompletion.create(model=MODEL, max_tokens=20, messages=[{"
            "\"role\": \"user\", \"content\": q}])\n"
            "    return r[\"choices\"][0][\"message\"][\"content\"]\n")
    root = _project(tmp_path, main=main)
    (root / ".env").write_text("OPENAI_MODEL=gpt-3.5-turbo\n")
    _fix_project(root)
    assert (root / ".env").read_text() == \
        ("OPENAI_MODEL=gpt-5.6-terra\n" if defaulted else "OPENAI_MODEL=gpt-3.5-turbo\n")
    assert ("max_completion_tokens=20" in (root / "main.py").read_text()) is defaulted


@pytest.mark.parametrize("checked", [False, True])
def test_a_dataclass_field_set_by_another_module_follows_the_fields_reads(tmp_path: Path,
                                                                          checked: bool):
    """`Settings(chat_model="gpt-4")` in main.py sets a dataclass field of settings.py, whose
    `__post_init__` tests it against an allow-list: the keyword keeps its name. The twin's
    class only holds the field (and no set of model names, which would hold it too): renamed."""
    check = ("\n    def __post_init__(self):\n        if self.chat_model not in ALLOWED:\n"
             "            raise ValueError(self.chat_model)\n") if checked else ""
    allowed = 'ALLOWED = {"gpt-4", "gpt-3.5-turbo"}\n\n\n' if checked else "\n"
    settings = ('from dataclasses import dataclass\n\n' + allowed +
                '@dataclass\nclass Settings:\n    chat_model: str = "gpt-3.5-turbo"\n' + check)
    app = ('import openai\n\nfrom settings import Settings\n\nsettings = Settings(chat_model="gpt-4")\n'
           'reply = openai.ChatCompletion.create(model=settings.chat_model, messages=[{"role": '
           '"user", "content": "hi"}])\nprint(reply["choices"][0]["message"]["content"])\n')
    root = _project(tmp_path, settings=settings, app=app)
    _fix_project(root)
    fixed = (root / "app.py").read_text()
    assert ('Settings(chat_model="gpt-4")' in fixed) is checked


@pytest.mark.parametrize("helper", [False, True])
def test_an_imported_constant_walked_in_a_tuple_follows_the_loop(tmp_path: Path, helper: bool):
    """`for model in (DEFAULT_CHAT, ...): run(model, q)` in main.py: the loop's target goes to
    another module's function, which may look it up: DEFAULT_CHAT keeps its name. The twin
    sends the target as the model of its own call, and does not run with runner.py (whose
    price table, keyed by the name, would hold it too: `project.compared_elsewhere`): renamed."""
    body = ("    print(run(model, 'hi'))\n" if helper else
            "    reply = openai.ChatCompletion.create(model=model, messages=[{'role': 'user', "
            "'content': 'hi'}])\n    print(reply['choices'][0]['message']['content'])\n")
    app = ("import openai\n\nfrom defaults import DEFAULT_CHAT\n"
           + ("from runner import run\n" if helper else "")
           + "\nfor model in (DEFAULT_CHAT, 'gpt-4o'):\n" + body)
    runner = ("import openai\n\nPRICES = {'gpt-3.5-turbo': 1, 'gpt-4o': 2}\n\n\n"
              "def run(model, text):\n    print(PRICES[model])\n"
              "    reply = openai.ChatCompletion.create(model=model, messages=[{'role': 'user', "
              "'content': text}])\n    return reply['choices'][0]['message']['content']\n")
    root = _project(tmp_path, defaults='DEFAULT_CHAT = "gpt-3.5-turbo"\n', app=app,
                    runner=runner)
    _fix_project(root)
    defaults = (root / "defaults.py").read_text()
    assert ('DEFAULT_CHAT = "gpt-3.5-turbo"' in defaults) is helper


def test_a_base_url_another_module_sets_is_seen_again_on_a_second_run(tmp_path: Path):
    """llm.py sets `openai.api_base` in a function, which the first run rewrites to openai>=1's
    `openai.base_url`; script.py, which imports it, must be planned the same way by the
    second run (the setting is still made), so that run changes nothing."""
    llm = ('import os\n\nimport openai\n\n\ndef setup():\n'
           '    openai.api_base = os.getenv("OPENAI_API_BASE", "http://localhost:8000/v1")\n'
           '    return [m["id"] for m in openai.Model.list()["data"]]\n')
    script = ('import openai\n\nimport llm\n\nllm.setup()\n\n\ndef summary(text):\n'
              '    reply = openai.ChatCompletion.create(model="gpt-4o", messages=[{"role": '
              '"user", "content": text}])\n    return reply["choices"][0]["message"]["content"]\n')
    root = _project(tmp_path, llm=llm, script=script)
    _fix_project(root)
    first = {name: (root / f"{name}.py").read_text() for name in ("llm", "script")}
    assert "openai.base_url = " in first["llm"]
    _fix_project(root)
    assert {name: (root / f"{name}.py").read_text() for name in ("llm", "script")} == first


def test_a_helpers_kwargs_stay_where_a_method_of_the_same_name_is_called(tmp_path: Path):
    """`bot.chat(..., max_tokens=5)` calls some object's method named like the helper
    `chat(messages, **kwargs)`: it may not be the helper, so its keywords are not the helper's
    to change, and the helper's model keeps its name."""
    source = KWARGS_HELPER.replace("{read}", "").replace("{extra}", "") + (
        '\n\ndef relay(bot, question):\n    return bot.chat(question, max_tokens=5)\n')
    root = _project(tmp_path, llm=source)
    _fix_project(root)
    fixed = (root / "llm.py").read_text()
    assert 'MODEL = "gpt-4"' in fixed and "bot.chat(question, max_tokens=5)" in fixed


STREAMING_CORE = ('STREAMING = {streaming}\n\n\n'
                  'def request(messages):\n'
                  '    return dict(model="gpt-4o", messages=messages, stream=STREAMING)\n')
KWARGS_CALLER = ('import openai\n\nfrom bot import core\n\n\n'
                 'def complete(**kwargs):\n'
                 '    response = openai.ChatCompletion.create(**kwargs)\n'
                 '    return response\n\n\n'
                 'def ask(messages):\n'
                 '    return complete(**core.request(messages))\n')


def _bot_package(tmp_path: Path, streaming: str) -> Path:
    root = tmp_path / "app"
    (root / "bot").mkdir(parents=True)
    (root / "requirements.txt").write_text("openai>=1\n")
    (root / "bot" / "__init__.py").write_text("")
    (root / "bot" / "core.py").write_text(STREAMING_CORE.format(streaming=streaming))
    (root / "bot" / "utils.py").write_text(KWARGS_CALLER)
    return root


def test_a_submodule_building_a_streaming_dict_keeps_a_kwargs_call_manual(tmp_path: Path):
    """`from bot import core` reads bot/core.py, whose `dict(..., stream=STREAMING)` may reach
    the call through **kwargs: the response handed on whole would be a stream, which the dict
    view cannot wrap."""
    root = _bot_package(tmp_path, "True")
    report = CliRunner().invoke(main, ["scan", str(root), *PINNED, "--unsafe-fixes"])
    assert "core.py spells stream as a dict key or keyword" in report.output, report.output
    _fix_project(root)
    assert (root / "bot" / "utils.py").read_text() == KWARGS_CALLER


def test_a_submodule_building_a_dict_that_never_streams_lets_the_call_move(tmp_path: Path):
    root = _bot_package(tmp_path, "False")
    (root / "bot" / "core.py").write_text(
        STREAMING_CORE.format(streaming="False").replace("stream=STREAMING", "stream=False"))
    _fix_project(root)
    fixed = (root / "bot" / "utils.py").read_text()
    assert "client.chat.completions.create(**kwargs)" in fixed, fixed


EMBEDDER = ('import openai\n\n\n'
            'def embed(text):\n'
            '    result = openai.Embedding.create(model="text-embedding-3-small", input=text)\n'
            '    return result["data"][0]["embedding"]\n')
EMBEDDER_TEST = ('from embedding import embed\n\n\n'
                 'class FakeEmbedding:\n'
                 '    @staticmethod\n'
                 '    def create(input, model):\n'
                 '        return {"data": [{"embedding": [0.5]}]}\n\n\n'
                 'def test_embed(monkeypatch):\n'
                 '    monkeypatch.setattr("openai.Embedding", FakeEmbedding)\n'
                 '    assert embed("x") == [0.5]\n')


def _library_with_tests(tmp_path: Path, pythonpath: str, in_pyproject: bool) -> Path:
    """src/lib/embedding.py, imported by tests/test_embedding.py by its bare name through
    pytest's `pythonpath` (in pyproject.toml's [tool.pytest.ini_options] or pytest.ini)."""
    root = tmp_path / "lib"
    (root / "src" / "lib").mkdir(parents=True)
    (root / "tests").mkdir()
    (root / "requirements.txt").write_text("openai>=1\n")
    if in_pyproject:
        (root / "pyproject.toml").write_text(
            f'[tool.pytest.ini_options]\npythonpath = ["{pythonpath}"]\n')
    else:
        (root / "pyproject.toml").write_text('[project]\nname = "lib"\n')
        (root / "pytest.ini").write_text(f"[pytest]\npythonpath = {pythonpath}\n")
    (root / "src" / "lib" / "embedding.py").write_text(EMBEDDER)
    (root / "tests" / "test_embedding.py").write_text(EMBEDDER_TEST)
    return root


@pytest.mark.parametrize("in_pyproject", [True, False])
def test_a_resource_patched_by_tests_on_pytests_pythonpath_keeps_the_call(
        tmp_path: Path, in_pyproject: bool):
    """The tests reach src/lib/embedding.py through pytest's `pythonpath`, and replace
    openai.Embedding whole: the call stays manual, or the double would replace nothing."""
    root = _library_with_tests(tmp_path, "src/lib", in_pyproject)
    report = CliRunner().invoke(main, ["scan", str(root), *PINNED, "--unsafe-fixes"])
    assert "is patched in test_embedding.py (line 11)" in report.output, report.output
    _fix_project(root)
    assert (root / "src" / "lib" / "embedding.py").read_text() == EMBEDDER


def test_a_resource_patched_by_tests_that_import_another_module_lets_the_call_move(
        tmp_path: Path):
    root = _library_with_tests(tmp_path, "src/other", in_pyproject=False)
    _fix_project(root)
    fixed = (root / "src" / "lib" / "embedding.py").read_text()
    assert "client.embeddings.create(" in fixed, fixed


def test_a_setting_commented_out_in_another_module_sets_nothing(tmp_path: Path):
    """`# openai.api_base = ...` left in config.py is no setting: helpers.py's call moves;
    the same line uncommented keeps it manual (the twin, above: a base URL set elsewhere)."""
    project = _project(
        tmp_path, helpers=HELPERS,
        main="import openai\nimport config\nimport helpers\n\n",
        config="import openai\n\n# openai.api_base = 'http://proxy.local/v1'\n"
               "#setattr(openai, 'api_base', 'http://proxy.local/v1')\n")
    _fix_project(project)
    assert "client.chat.completions.create(" in (project / "helpers.py").read_text()
    (project / "config.py").write_text("import openai\n\nopenai.api_base = 'http://proxy.local/v1'"
                                       "  # the proxy\n")
    (project / "helpers.py").write_text(HELPERS)
    report = CliRunner().invoke(main, ["scan", str(project), *PINNED, "--unsafe-fixes"])
    assert "config.py sets openai.api_base" in report.output, report.output


@pytest.mark.parametrize("passed, held", [
    ("ChatModel.SMART", True),
    # the twin: no module hands the member on, so models.py renames it and the call moves
    (None, False),
])
def test_a_member_of_another_modules_enum_kept_there_keeps_the_call(tmp_path: Path, passed,
                                                                       held):
    """chat.py sends `model.value` of a parameter typed and defaulted with models.py's Enum;
    where a member keeps its dead name there (main.py hands ChatModel.SMART to chat(), which
    may look it up), the call keeps its 0.x form with a finding instead of asking the new API
    for the dead model (rt56)."""
    models = ('from enum import Enum\n\n\nclass ChatModel(str, Enum):\n'
              '    DEFAULT = "gpt-4o"\n    SMART = "gpt-4"\n')
    chat = ("import openai\n\nfrom models import ChatModel\n\n\n"
            "def chat(prompt: str, model: ChatModel = ChatModel.DEFAULT) -> str:\n"
            "    r = openai.ChatCompletion.create(model=model.value, "
            "messages=[{'role': 'user', 'content': prompt}])\n"
            "    return r['choices'][0]['message']['content']\n")
    main_source = "from chat import chat\nfrom models import ChatModel\n\nprint(chat('hi'))\n" + (
        f"print(chat('more', {passed}))\n" if passed else "")
    root = _project(tmp_path, models=models, chat=chat, main=main_source)
    report = _fix_project(root)
    fixed = (root / "chat.py").read_text()
    assert ("openai.ChatCompletion.create(" in fixed) is held, report.output
    assert ('SMART = "gpt-4"' in (root / "models.py").read_text()) is held, report.output
    if held:
        assert "its model may be ChatModel.SMART of models.py, gpt-4" in report.output, \
            report.output


@pytest.mark.parametrize("caller", [
    'def create_agent(task, model="gpt-3.5-turbo"):\n'
    '    return generate([{"role": "user", "content": task}], model=model)\n',
    'def create_agent(task):\n'
    '    return generate([{"role": "user", "content": task}], model="gpt-3.5-turbo")\n',
])
@pytest.mark.parametrize("sends, held", [
    ("temperature=0.0, stop=None", True),
    # the twin: the callee's own default renames its max_tokens= with it, so the model moves
    ("max_tokens=50", False),
])
def test_a_model_handed_to_another_modules_call_that_sends_what_it_rejects_keeps_its_name(
        tmp_path: Path, caller, sends, held):
    """manager.py hands gpt-3.5-turbo (a literal, or its parameter's default passed on by
    name) to chat.py's generate(), whose call also sends stop= (which gpt-5.6-terra rejects)
    and whose own shut-down default is held for it: renamed, the request would be a 400."""
    parameters = ", ".join(f"{part.split('=')[0]}={part.split('=')[0]}"
                           for part in sends.split(", "))
    chat = ("import openai\n\n\n"
            f'def generate(messages, model="gpt-3.5-turbo", {sends}):\n'
            f"    resp = openai.ChatCompletion.create(model=model, messages=messages, "
            f"{parameters})\n"
            '    return resp["choices"][0]["message"]["content"]\n')
    root = _project(tmp_path, chat=chat, manager="from chat import generate\n\n\n" + caller,
                    main="from manager import create_agent\n\nprint(create_agent('hi'))\n")
    report = _fix_project(root)
    fixed = (root / "manager.py").read_text()
    assert ('"gpt-3.5-turbo"' in fixed) is held, report.output
    if held:
        assert "chat.py:5 sends model with" in report.output, report.output


@pytest.mark.parametrize("fake, held", [
    ('with mock.patch.object(requests.sessions.Session, "request", return_value=fake):', True),
    ("with responses.RequestsMock() as fake:", True),
    # the twin: the test fakes nothing under the SDK, so the call moves
    ("with mock.patch.dict('os.environ', {'OPENAI_API_KEY': 'sk-test'}):", False),
])
def test_a_call_whose_tests_fake_the_http_layer_of_openai_0_stays(tmp_path: Path, fake, held):
    """A test module that fakes the HTTP layer openai<1 used (requests' Session.request, the
    responses library) and reaches the calling module: openai>=1 sends with httpx, past the
    fake, so the rewritten call would reach the network in that test (set K, gentrace)."""
    app = ("import openai\n\n\ndef ask(q):\n"
           "    resp = openai.ChatCompletion.create(model='gpt-4o', "
           "messages=[{'role': 'user', 'content': q}])\n"
           "    return resp['choices'][0]['message']['content']\n")
    test = ("from unittest import mock\n\nimport openai\nimport requests\nimport responses\n\n"
            "import app\n\n\ndef test_ask():\n    fake = requests.Response()\n"
            f"    {fake}\n        openai.api_key = 'sk-test'\n        app.ask('hi')\n")
    root = _project(tmp_path, app=app, test_app=test)
    report = _fix_project(root)
    fixed = (root / "app.py").read_text()
    assert ("openai.ChatCompletion.create(" in fixed) is held, report.output
    if held:
        assert "test_app.py (line 12) fakes the HTTP layer openai<1 sent" in report.output, \
            report.output


_HELPER_PATCH = ('from unittest import mock\n\n\ndef fake():\n'
                 '    return mock.patch("openai.ChatCompletion.create", return_value={})\n')


@pytest.mark.parametrize("files, held", [
    # a double reached through the app module's attribute, by name or by object
    ({"test_app": 'from unittest import mock\n\nimport app\n\n\ndef test_ask():\n'
                  '    with mock.patch("app.openai.ChatCompletion.create", return_value={}):\n'
                  '        app.ask("hi")\n'}, True),
    ({"test_app": 'from unittest import mock\n\nimport app\n\n\ndef test_ask():\n'
                  '    with mock.patch.object(app.openai.ChatCompletion, "create"):\n'
                  '        app.ask("hi")\n'}, True),
    # the whole resource replaced on the module
    ({"test_app": 'from unittest import mock\n\nimport openai\n\nimport app\n\n\n'
                  'def test_ask():\n    with mock.patch.object(openai, "ChatCompletion", object()):\n'
                  '        app.ask("hi")\n'}, True),
    # a plain assignment over the method
    ({"test_app": 'import openai\n\nimport app\n\n\ndef test_ask():\n'
                  '    openai.ChatCompletion.create = lambda **kw: {}\n    app.ask("hi")\n'}, True),
    # the module itself replaced: on the app module, or in sys.modules before a re-import
    ({"test_app": 'import types\n\nimport app\n\n\ndef test_ask():\n'
                  '    app.openai = types.SimpleNamespace()\n    app.ask("hi")\n'}, True),
    ({"test_app": 'import importlib\nimport sys\nimport types\n\n\ndef test_ask():\n'
                  '    sys.modules["openai"] = types.ModuleType("openai")\n'
                  '    importlib.import_module("app").ask("hi")\n'}, True),
    # a helper module's patch, used by a test importing the app
    ({"helpers": _HELPER_PATCH,
      "test_app": 'import app\nfrom helpers import fake\n\n\ndef test_ask():\n'
                  '    with fake():\n        app.ask("hi")\n'}, True),
    # requests' Session.request faked by a test that never spells the SDK's name
    ({"test_app": 'from unittest import mock\n\nimport app\n\n\ndef test_ask():\n'
                  '    with mock.patch("requests.Session.request"):\n        app.ask("hi")\n'},
     True),
    # the twins: another resource; a comparison; self.openai; a helper no test of the app
    # uses; a module re-imported that is not the app; requests.get (no request of openai<1)
    ({"test_app": 'from unittest import mock\n\nimport app\n\n\ndef test_ask():\n'
                  '    with mock.patch("app.openai.Embedding.create", return_value={}):\n'
                  '        app.ask("hi")\n'}, False),
    ({"test_app": 'import openai\n\nimport app\n\n\ndef test_ask():\n'
                  '    assert openai.ChatCompletion.create == openai.ChatCompletion.create\n'
                  '    app.ask("hi")\n'}, False),
    ({"test_app": 'import app\n\n\nclass Holder:\n    def __init__(self, openai):\n'
                  '        self.openai = openai\n\n\ndef test_ask():\n    app.ask("hi")\n'},
     False),
    ({"helpers": _HELPER_PATCH,
      "test_app": 'from helpers import fake\n\n\ndef test_other():\n    with fake():\n'
                  '        pass\n'}, False),
    ({"test_app": 'import importlib\nimport sys\nimport types\n\n\ndef test_other():\n'
                  '    sys.modules["openai"] = types.ModuleType("openai")\n'
                  '    importlib.import_module("json")\n'}, False),
    ({"test_app": 'from unittest import mock\n\nimport app\n\n\ndef test_ask():\n'
                  '    with mock.patch("requests.get"):\n        app.ask("hi")\n'}, False),
])
def test_a_call_whose_tests_replace_it_in_other_spellings_stays_manual(tmp_path: Path, files,
                                                                        held):
    """Tests that stand in for the 0.x call in other spellings (rt63): through the app module's
    `openai` attribute, the resource replaced on the module, an assignment over the method, the
    module replaced (`app.openai = ...`, `sys.modules["openai"] = ...` before a re-import), a
    helper module's patch used beside the app, requests' Session.request faked by a test that
    never spells openai. Rewritten alone, the call would reach the API in those tests."""
    app = ('import openai\n\n\ndef ask(q):\n    r = openai.ChatCompletion.create(model="gpt-4o", '
           'messages=[{"role": "user", "content": q}])\n'
           '    return r["choices"][0]["message"]["content"]\n')
    root = _project(tmp_path, app=app, **files)
    report = _fix_project(root)
    fixed = (root / "app.py").read_text()
    if held:
        assert fixed == app, report.output
        assert "is patched in " in report.output or "fakes the HTTP layer" in report.output, \
            report.output
    else:
        assert "client.chat.completions.create(" in fixed, report.output


@pytest.mark.parametrize("own_import, held", [
    ("from openai import InvalidRequestError\n", False),
    # the twin: the star import is where its InvalidRequestError comes from, so utils.py's
    # import is held for it
    ("", True),
])
def test_a_star_importer_with_its_own_openai_import_does_not_hold_the_error_split(
        tmp_path: Path, own_import: str, held: bool):
    """evaluate.py imports InvalidRequestError from openai itself and also `from utils import
    *`: its reads are its own import's, which its own fix renames, so utils.py's import moves
    in the same run (set F's dspy changed on a second run before)."""
    utils = ("from openai import InvalidRequestError\n\n\ndef safe(f):\n    try:\n"
             "        return f()\n    except InvalidRequestError:\n        return None\n")
    evaluate = (f"{own_import}from utils import *\n\n\ndef run(f):\n    try:\n"
                "        return f()\n    except InvalidRequestError:\n        return 'bad'\n")
    # utils.py is planned first (a/ before b/), while evaluate.py still spells the name
    root = _project(tmp_path)
    for package, name, text in (("a", "utils", utils), ("b", "evaluate", evaluate)):
        (root / package).mkdir()
        (root / package / "__init__.py").write_text("")
        (root / package / f"{name}.py").write_text(text.replace("from utils", "from a.utils"))
    report = _fix_project(root)
    fixed = (root / "a" / "utils.py").read_text()
    assert ("from openai import InvalidRequestError" in fixed) is held, report.output
    again = CliRunner().invoke(main, ["scan", str(root), *PINNED, "--unsafe-fixes", "--diff"])
    assert "+++" not in again.output, again.output
