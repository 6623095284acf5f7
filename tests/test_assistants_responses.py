"""What the Assistants -> Responses rewrite says where it does not rewrite (the fixtures in
tests/fixtures/GM103-assistants-rewrite check codes and fixed text; these check each manual
twin's reason, which tells the user what to do)."""

from __future__ import annotations

import pytest

from conftest import FIXTURES
from gptmigrate.engine import check_source

FOLDER = FIXTURES / "GM103-assistants-rewrite"


@pytest.mark.parametrize("case, reason", [
    ("create_and_poll_assistant_reused", "the assistant assistant is used beyond this run"),
    ("poll_loop_stops_early", "the polling loop does not wait until the run is completed"),
    ("constant_model_from_environment", "not a string literal or a module constant holding one"),
    ("thread_messages_with_assistant_turn", "a message whose role is not \"user\""),
    ("awaited_content_parts", "parts (line 10) holds a list: content parts"),
    ("content_rebound", "question is assigned again on line 11, before the run"),
    ("azure_client", "an Azure OpenAI client"),
])
def test_each_manual_twin_says_why(ctx, case, reason):
    text = (FOLDER / f"{case}.py").read_text(encoding="utf-8")
    runs = [f for f in check_source(text, ctx) if f.code == "GM103" and "runs.create" in f.message]
    assert len(runs) == 1 and runs[0].fix is None, runs
    assert f"Not rewritten: {reason}" in runs[0].message or reason in runs[0].message, \
        runs[0].message


def test_the_calls_a_fix_removes_say_so(ctx):
    text = (FOLDER / "poll_loop.py").read_text(encoding="utf-8")
    findings = [f for f in check_source(text, ctx) if f.code == "GM103"]
    fixed = [f for f in findings if f.fix is not None]
    assert len(fixed) == 1 and fixed[0].line == 13
    others = [f for f in findings if f.fix is None]
    assert others and all("Rewritten with the run by the GM103 fix on line 13" in f.message
                          for f in others)


def test_the_fix_names_the_model_change_and_dropped_parameters(ctx):
    text = ("from openai import OpenAI\nclient = OpenAI()\n\n\ndef f(q):\n"
            "    a = client.beta.assistants.create(model='gpt-4', instructions='I', "
            "temperature=0.2)\n"
            "    t = client.beta.threads.create()\n"
            "    client.beta.threads.messages.create(thread_id=t.id, role='user', content=q)\n"
            "    client.beta.threads.runs.create_and_poll(thread_id=t.id, assistant_id=a.id)\n"
            "    return client.beta.threads.messages.list(thread_id=t.id)"
            ".data[0].content[0].text.value\n")
    run = next(f for f in check_source(text, ctx) if f.fix is not None)
    assert "gpt-4 -> gpt-5.6-sol" in run.fix.description
    assert "temperature= removed" in run.fix.description
