"""Edits (GM102) -> Chat Completions, as OpenAI showed it: a system message, the input and the
instruction as user messages; reads of `choices[i].text` become `choices[i].message.content`.
The system message names what is edited: text for text-davinci-edit-001, code otherwise.
Fixtures: tests/fixtures/GM102-edits-endpoint.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, List

import libcst as cst

from gptmigrate.migrations.base import Migration, Uncertain
from gptmigrate.migrations.completions_to_chat import CHAT_READS
from gptmigrate.migrations.v0_common import named_model

if TYPE_CHECKING:
    from gptmigrate.rewrite import CallPlan

EDIT_SYSTEM_PROMPT = "Apply the change requested by the user to the {edited}."
CARRIED = frozenset({"temperature", "top_p", "n"})


class EditsToChat(Migration):
    def arguments(self, plan: "CallPlan") -> List[cst.Arg]:
        instruction = plan.keyword("instruction")
        if instruction is None:
            raise Uncertain("the Edits call has no instruction=")
        code = plan.keyword("input")
        model = named_model(plan) or ""
        edited = "text" if model.startswith("text-") else "code"
        prompt = EDIT_SYSTEM_PROMPT.format(edited=edited)
        messages = [plan.message("system", cst.SimpleString(f'"{prompt}"'))]
        if code is not None:
            messages.append(plan.message("user", code.value))
        messages.append(plan.message("user", instruction.value))
        return plan.chat_arguments(messages, ("input", "instruction"), CARRIED)


MIGRATION = EditsToChat(
    name="edits-to-chat",
    summary="Edits -> Chat Completions (a system message, the input, the instruction)",
    codes=frozenset({"GM102"}),
    resources=frozenset({"Edit", "edits"}),
    sdks=frozenset({"v0", "v1"}),
    resource="chat.completions",
    v0_resource="ChatCompletion",
    fixtures=("GM102-edits-endpoint",),
    reads=CHAT_READS,
)
