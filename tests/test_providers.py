"""What the findings on other SDKs' retired shapes say (the fixtures check codes and fixes;
these check that each message is true for the call it sits on)."""

from __future__ import annotations

import pytest

from gptmigrate.engine import check_source
from gptmigrate.providers import assistants_advice, call_context, classify, classify_reference


def _messages(text, ctx):
    return {(f.line, f.code): f.message for f in check_source(text, ctx)}


def test_a_messages_call_is_not_told_to_move_to_messages(ctx):
    text = ("import anthropic\nclient = anthropic.Anthropic()\n"
            "client.messages.create(model='claude-instant-1.2', max_tokens=5, messages=[])\n")
    message = _messages(text, ctx)[(3, "GM001")]
    assert "use claude-haiku-4-5-20251001" in message
    assert "move" not in message


def test_the_same_model_in_a_text_completions_call_is_not_renamed(ctx):
    text = ("import anthropic\nclient = anthropic.Anthropic()\n"
            "client.completions.create(model='claude-instant-1.2', prompt=p,\n"
            "                          max_tokens_to_sample=5)\n")
    findings = {(f.line, f.code): f for f in check_source(text, ctx)}
    model = findings[(3, "GM001")]
    assert model.fix is None and model.fix_safety.value == "manual"
    assert "Messages API" in findings[(3, "GM110")].message


def test_a_constant_that_reaches_an_assistants_call_is_not_renamed(ctx):
    text = ("from openai import OpenAI\nMODEL = 'gpt-4-1106-preview'\nclient = OpenAI()\n"
            "client.beta.assistants.create(model=MODEL)\n")
    model = {(f.line, f.code): f for f in check_source(text, ctx)}[(2, "GM001")]
    assert model.fix is None
    assert "client.beta.assistants.create() (line 4) uses the Assistants API (GM103)" \
        in model.message


def test_a_constant_of_a_live_chat_call_is_still_renamed(ctx):
    text = ("from openai import OpenAI\nMODEL = 'gpt-4-1106-preview'\nclient = OpenAI()\n"
            "client.chat.completions.create(model=MODEL, messages=[])\n")
    model = {(f.line, f.code): f for f in check_source(text, ctx)}[(2, "GM001")]
    assert model.fix is not None


@pytest.mark.parametrize("method, says", [
    ("beta.threads.create", "client.conversations.create"),
    ("beta.threads.messages.create", "client.conversations.items.create"),
    ("beta.threads.runs.create_and_poll", "client.responses.create"),
    ("beta.threads.runs.submit_tool_outputs", "function_call_output"),
    ("beta.threads.delete", "client.conversations.delete"),
])
def test_each_assistants_method_says_its_own_equivalent(ctx, method, says):
    text = f"from openai import OpenAI\nclient = OpenAI()\nclient.{method}(x=1)\n"
    assert says in _messages(text, ctx)[(3, "GM103")]


def test_an_unknown_client_in_an_anthropic_only_file_is_anthropics(ctx):
    text = ("import anthropic\n\nclass Bot:\n    def ask(self, q):\n"
            "        return self.claude.completions.create(prompt=q, max_tokens_to_sample=9)\n")
    assert (5, "GM110") in _messages(text, ctx)


def test_an_unknown_client_next_to_another_sdk_is_nobodys(ctx):
    text = ("import anthropic\nimport together\n\nclass Bot:\n    def ask(self, q):\n"
            "        return self.client.completions.create(prompt=q)\n")
    assert _messages(text, ctx) == {}


def test_palm_and_llama_index_messages(ctx):
    text = ("import google.generativeai as palm\n"
            "from llama_index.llms.openai import OpenAI\n"
            "palm.chat(messages=['hi'])\n"
            "llm = OpenAI(model='text-davinci-003')\n")
    messages = _messages(text, ctx)
    assert "client.chats.create" in messages[(3, "GM111")]
    assert "shut down on 2024-08-15" in messages[(3, "GM111")]
    assert "use gpt-5.6-terra" in messages[(4, "GM001")]
    assert "needs llama-index-llms-openai 0.7.10 or later" in messages[(4, "GM001")]


@pytest.mark.parametrize("name, code", [
    ("anthropic.Anthropic().completions.create", "GM110"),
    ("anthropic.Anthropic().completion", "GM110"),
    ("google.generativeai.generate_text", "GM111"),
    ("google.generativeai.discuss.chat", "GM111"),
    ("langchain_openai.OpenAI", "GM112"),
    ("anthropic.Anthropic().messages.create", None),
    ("google.generativeai.GenerativeModel", None),
    ("langchain_openai.ChatOpenAI", None),
])
def test_classify(name, code):
    found = classify(name)
    assert (found[0] if found else None) == code


@pytest.mark.parametrize("name, code", [
    ("anthropic.HUMAN_PROMPT", "GM210"), ("anthropic.Anthropic", None),
    ("google.generativeai", "GM211"), ("google.genai", None),
    ("vertexai.preview.generative_models", "GM212"), ("vertexai.init", None),
    ("langchain.llms.OpenAI", "GM213"), ("langchain.chat_models.init_chat_model", None),
    ("langchain.chat_models.ChatOpenAI", "GM213"), ("langchain_openai.ChatOpenAI", None),
])
def test_classify_reference(name, code):
    assert classify_reference(name) == code


def test_contexts_and_advice():
    assert call_context("anthropic.Anthropic().messages.create") == "anthropic-messages"
    assert call_context("anthropic.Anthropic().beta.messages.create") == "anthropic-messages"
    assert call_context("openai.OpenAI().chat.completions.create") is None
    assert "responses.cancel" in assistants_advice("beta.threads.runs", "cancel")


def test_two_fixes_that_share_an_edit_both_apply_it_once():
    from gptmigrate.fix import apply_fixes
    from gptmigrate.types import Edit, Fix, FixSafety, Position

    def edit(start, end, content):
        return Edit(start, end, content, Position(1, start + 1), Position(1, end + 1))

    text = "M = 'a'\nf(M)\ng(M)\n"
    shared = edit(5, 6, "b")
    first = Fix(FixSafety.UNSAFE, (shared, edit(8, 9, "F")), "")
    second = Fix(FixSafety.UNSAFE, (shared, edit(13, 14, "G")), "")
    assert apply_fixes(text, [first, second]) == ("M = 'b'\nF(M)\nG(M)\n", 2)
    # the same insertion (a helper function two fixes add) is made once; another text
    # inserted at that point conflicts
    inserted = Fix(FixSafety.UNSAFE, (edit(0, 0, "x"),), "")
    assert apply_fixes(text, [inserted, inserted]) == ("x" + text, 2)
    other = Fix(FixSafety.UNSAFE, (edit(0, 0, "y"),), "")
    assert apply_fixes(text, [inserted, other]) == ("x" + text, 1)


def test_a_project_pinned_below_messages_keeps_text_completions(ctx, tmp_path):
    from gptmigrate import sdk

    (tmp_path / "requirements.txt").write_text("anthropic==0.7.0\n")
    (tmp_path / "pyproject.toml").write_text("")
    path = tmp_path / "app.py"
    text = ("from anthropic import Anthropic, HUMAN_PROMPT, AI_PROMPT\nclient = Anthropic()\n"
            "r = client.completions.create(model='claude-2.1', max_tokens_to_sample=5,\n"
            "                              prompt=f'{HUMAN_PROMPT} hi{AI_PROMPT}')\n")
    sdk.clear_cache()
    try:
        found = {f.code: f for f in check_source(text, ctx, str(path))}
        assert found["GM110"].fix is None
        assert "requirements.txt requires anthropic==0.7.0" in found["GM110"].message
        assert found["GM210"].fix is None
        (tmp_path / "requirements.txt").write_text("anthropic>=0.30\n")
        sdk.clear_cache()
        assert check_source(text, ctx, str(path))[0].fix is not None
    finally:
        sdk.clear_cache()


@pytest.mark.parametrize("spec, pinned", [
    ("==0.7.0", True), ("<0.16", True), ("<=0.15.2", True), ("^0.7", True), ("~=0.7.0", True),
    (">=0.2,<0.10", True), (">=0.3", False), ("~=0.7", False), ("==0.16.0", False),
    ("^1.2", False),
])
def test_below(spec, pinned):
    from gptmigrate.sdk import below

    assert below(spec, (0, 16)) is pinned


def _resource(client, path):
    for part in path.split("."):
        client = getattr(client, part)
    return client


def test_every_assistants_method_has_advice_of_its_own():
    """Each method the SDK's Assistants resources have gets its own equivalent, not the
    catch-all (the list is read from the installed openai SDK, not written here)."""
    import openai

    client = openai.OpenAI(api_key="x", base_url="http://127.0.0.1:9")
    from gptmigrate.providers import ASSISTANTS_ADVICE
    missing = []
    for resource in ("assistants", "threads", "threads.messages", "threads.runs",
                     "threads.runs.steps"):
        owner = _resource(client.beta, resource)
        for method in dir(owner):
            if method.startswith("_") or method.startswith("with_") \
                    or not callable(getattr(owner, method)):
                continue
            if (resource, method) not in ASSISTANTS_ADVICE:
                missing.append(f"{resource}.{method}")
    assert not missing, missing
    assert assistants_advice("beta.assistants.with_raw_response", "create") \
        == ASSISTANTS_ADVICE[("assistants", "create")]


def test_the_advice_names_calls_and_parameters_the_current_sdk_has():
    """Every `client.x.y(...)` an Assistants message names exists on the installed SDK's
    client, with every parameter the message spells (positional names included)."""
    import inspect
    import re

    import openai

    from gptmigrate.providers import ASSISTANTS_ADVICE
    client = openai.OpenAI(api_key="x", base_url="http://127.0.0.1:9")
    checked = 0
    for advice in ASSISTANTS_ADVICE.values():
        for path, arguments in re.findall(r"client\.([\w.]+)\(([^()]*)\)", advice):
            method = _resource(client, path)
            parameters = inspect.signature(method).parameters
            for argument in arguments.split(","):
                name = argument.strip().split("=")[0].strip()
                if name and name != "..." and re.fullmatch(r"\w+", name):
                    assert name in parameters, f"client.{path}() takes no {name}: {advice}"
            checked += 1
    assert checked >= 25


@pytest.mark.parametrize("call, renamed", [
    # Text Completions (prompt=): no Messages model is served there
    ('client.completions.create(model=CLAUDE_MODEL, prompt=p, max_tokens_to_sample=9)', False),
    # the twin: a Messages call takes the new model
    ('client.messages.create(model=CLAUDE_MODEL, max_tokens=9, messages=[])', True),
])
def test_a_claude_constant_another_module_sends_to_text_completions_keeps_its_name(
        tmp_path, call, renamed):
    """config.py's `CLAUDE_MODEL = "claude-2.0"`, sent by llm.py's Text Completions call: its
    replacement is a Messages model, so renamed alone it would reach /v1/complete (404)."""
    from click.testing import CliRunner

    from gptmigrate.cli import main

    root = tmp_path / "app"
    root.mkdir()
    (root / "requirements.txt").write_text("anthropic>=0.20\n")
    (root / "config.py").write_text('CLAUDE_MODEL = "claude-2.0"\n')
    (root / "llm.py").write_text("import anthropic\n\nfrom config import CLAUDE_MODEL\n\n"
                                 "client = anthropic.Anthropic()\n\n\ndef ask(p):\n"
                                 f"    return {call}\n")
    report = CliRunner().invoke(main, ["scan", str(root), "--isolated", "--as-of",
                                       "2026-11-23", "--fix", "--unsafe-fixes"])
    config = (root / "config.py").read_text()
    assert ("claude-2.0" not in config) is renamed, report.output
    if not renamed:
        assert "sends CLAUDE_MODEL to Anthropic's Text Completions API" in report.output


@pytest.mark.parametrize("extra, moved", [
    ("", True),
    # the twin: the module also uses the constant otherwise
    ("LIMITS = {MODEL: 100000}\n", False),
])
def test_a_claude_model_from_an_environment_default_moves_with_its_call(tmp_path, extra,
                                                                        moved):
    """`MODEL = os.getenv("CLAUDE_MODEL", "claude-2")` sent by a Text Completions call: the
    default is what the call sends where the variable is unset, so it moves with the call."""
    from click.testing import CliRunner

    from gptmigrate.cli import main

    source = ("import os\n\nimport anthropic\n\nMODEL = os.getenv(\"CLAUDE_MODEL\", \"claude-2\")\n"
              + extra + "client = anthropic.Anthropic()\n\n\ndef ask(q):\n"
              "    r = client.completions.create(model=MODEL, max_tokens_to_sample=50, "
              "prompt=f\"{anthropic.HUMAN_PROMPT} {q}{anthropic.AI_PROMPT}\")\n"
              "    return r.completion\n")
    (tmp_path / "requirements.txt").write_text("anthropic>=0.20\n")
    (tmp_path / "app.py").write_text(source)
    report = CliRunner().invoke(main, ["scan", str(tmp_path), "--isolated", "--as-of",
                                       "2026-11-23", "--fix", "--unsafe-fixes"])
    fixed = (tmp_path / "app.py").read_text()
    assert ("client.messages.create(" in fixed) is moved, report.output
    assert ('"claude-2"' in fixed) is not moved


@pytest.mark.parametrize("requirement, reported", [
    ("anthropic>=0.25\n", True),
    # the twin: anthropic below 1.0 still takes temperature= in messages.create
    ("anthropic==0.25.0\n", False),
])
def test_sampling_arguments_are_reported_only_where_the_sdk_dropped_them(tmp_path, requirement,
                                                                         reported):
    from click.testing import CliRunner

    from gptmigrate import sdk
    from gptmigrate.cli import main

    sdk.clear_cache()
    (tmp_path / "requirements.txt").write_text(requirement)
    (tmp_path / "app.py").write_text(
        "import anthropic\n\nclient = anthropic.Anthropic()\n"
        "m = client.messages.create(model=\"claude-sonnet-4-6\", max_tokens=9, "
        "temperature=0.2, messages=[])\n")
    report = CliRunner().invoke(main, ["scan", str(tmp_path), "--isolated", "--as-of",
                                       "2026-11-23"])
    assert ("GM215" in report.output) is reported, report.output
