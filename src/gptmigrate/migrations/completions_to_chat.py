"""Completions (GM101) -> Chat Completions.

`openai.Completion.create(model=M, prompt=P, ...)` (v0) and `client.completions.create(...)`
(v1) become a chat call: the prompt is the user message, the model the table's chat target
for M, and reads of `choices[i].text` become `choices[i].message.content` (streamed:
`choices[i].delta.content`). Fixtures: tests/fixtures/GM101-completions-endpoint.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING, List, Optional

import libcst as cst

from gptmigrate.migrations.base import Migration, Reads, Uncertain

if TYPE_CHECKING:
    from gptmigrate.rewrite import CallPlan

# Completions arguments that Chat Completions accepts unchanged.
CARRIED = frozenset({"max_tokens", "temperature", "top_p", "n", "stop", "presence_penalty",
                     "frequency_penalty", "logit_bias", "user", "seed", "stream"})
NO_CHAT_EQUIVALENT = {
    "suffix": "Chat Completions has no insertion mode (suffix=); ask for the middle part in "
              "the prompt instead",
    "echo": "Chat Completions cannot echo the prompt (echo=); prepend it to the reply yourself",
    "logprobs": "Completions logprobs=N has no one-to-one chat form (chat takes logprobs=True "
                "with top_logprobs=N, and the response shape differs)",
    "best_of": "Chat Completions has no best_of=; request n= choices and pick one yourself",
}
CHAT_READS = Reads(
    renamed={("choices", "*", "text"): ("message", "content")},
    objects=frozenset({(), ("usage",), ("choices", "*"), ("choices", "*", "message")}),
    lists=frozenset({("choices",)}),
    # A completion's text was always a string; a chat message's content is typed optional.
    nullable=frozenset({("choices", "*", "text")}),
    text=("choices", "*", "text"),
)
# The response handed out in a completion's own shape (`rewrite.LEGACY_VIEW`): reads stay.
VIEW_READS = Reads(
    objects=frozenset({(), ("usage",), ("choices", "*")}),
    lists=frozenset({("choices",)}),
    refused={("choices", "*", "logprobs"): "the response's logprobs are read, which a chat "
                                            "model does not return in a completion's shape: "
                                            "rewrite the call and those reads by hand"},
)
STREAM_READS = Reads(
    renamed={("choices", "*", "text"): ("delta", "content")},
    objects=frozenset({(), ("choices", "*"), ("choices", "*", "delta")}),
    lists=frozenset({("choices",)}),
    nullable=frozenset({("choices", "*", "text")}),
)


# Their values that ask for nothing (Completions' defaults): such an argument is dropped.
NO_CHAT_DEFAULTS = {"suffix": None, "echo": False, "logprobs": None, "best_of": 1}


class CompletionsToChat(Migration):
    def arguments(self, plan: "CallPlan") -> List[cst.Arg]:
        # `echo=False`, or `echo=echo` of a parameter whose default no caller overrides
        defaults = {name for name in plan.keyword_names if name in NO_CHAT_DEFAULTS and any(
            check(plan.ast_argument(name)) for check in (
                lambda value, name=name: _spells(value, NO_CHAT_DEFAULTS[name]),
                lambda value, name=name: plan.parameter_holds(
                    value, lambda held: _spells(held, NO_CHAT_DEFAULTS[name]))))}
        # logprobs=N only adds data to each choice: where no read of the response reaches
        # choices[i].logprobs (CallPlan._path refuses one), asking for it changes nothing
        unread = {"logprobs"} & set(plan.keyword_names) - defaults
        missing = [NO_CHAT_EQUIVALENT[name] for name in plan.keyword_names
                   if name in NO_CHAT_EQUIVALENT and name not in defaults | unread]
        if missing:
            raise Uncertain("; ".join(missing) + "; the call is left as it is")
        if plan.kwargs_dict is not None:
            if defaults or unread:
                raise Uncertain(KWARGS_AND_DEFAULTS)
            return plan.dict_chat_arguments(CARRIED)
        prompt = plan.keyword("prompt")
        if prompt is None:
            raise Uncertain("the call has no prompt=")
        plan.require_single_prompt(prompt)
        if defaults:
            plan.notes.append(f"{', '.join(f'{name}=' for name in sorted(defaults))} removed: "
                              f"Completions' defaults, which ask for nothing")
        if unread:
            plan.notes.append("logprobs= removed: no read of the response reaches its "
                              "logprobs (Chat Completions would take logprobs=True with "
                              "top_logprobs=N, in another shape)")
        return plan.chat_arguments([plan.message("user", prompt.value)], ("prompt",), CARRIED,
                                   dropped=defaults | unread)


KWARGS_AND_DEFAULTS = ("the call passes **kwargs beside Completions-only arguments: move them "
                       "to the chat form by hand")


def _spells(value: Optional[ast.expr], default: object) -> bool:
    """Whether an argument's value is the literal `default` (None, False, 1; not 0 or True)."""
    return isinstance(value, ast.Constant) and type(value.value) is type(default) \
        and value.value == default


MIGRATION = CompletionsToChat(
    name="completions-to-chat",
    summary="Completions -> Chat Completions (prompt= becomes the user message)",
    codes=frozenset({"GM101"}),
    resources=frozenset({"Completion", "completions"}),
    sdks=frozenset({"v0", "v1"}),
    resource="chat.completions",
    v0_resource="ChatCompletion",
    fixtures=("GM101-completions-endpoint",),
    reads=CHAT_READS,
    stream_reads=STREAM_READS,
    legacy_view_reads=VIEW_READS,
    # stream= changes the reads and stop= may be cut at: neither can pass unseen
    kwargs_carried=CARRIED - {"stream", "stop"},
)
