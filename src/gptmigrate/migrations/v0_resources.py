"""v0 module calls whose API lives on (GM201): the same request through a v1 client.

`openai.ChatCompletion.create(...)` -> `client.chat.completions.create(...)`,
`openai.Embedding.create(...)` -> `client.embeddings.create(...)`, and
`openai.Completion.create(...)` -> `client.completions.create(...)` where the module sends it to
a server of its own (a local model the table does not know, `openai.api_base` set to that
server); `engine=` /
`deployment_id=` become `model=` (on Azure, the deployment name); dict reads of the response
become attributes. Fixtures: tests/fixtures/GM201-v0-sdk-call.
"""

from __future__ import annotations

from gptmigrate.migrations.base import Migration, Reads
from gptmigrate.migrations.completions_to_chat import STREAM_READS

# gpt-4-vision-preview ended a choice with `finish_details: {"type": "stop" | "max_tokens"}`
# where other chat models send `finish_reason`; no model served today sends it.
FINISH_DETAILS = {("choices", "*", "finish_details"): (
    "the response's finish_details is read, which only gpt-4-vision-preview sent: today's "
    "models end a choice with finish_reason (\"stop\", or \"length\" where it said "
    "\"max_tokens\"); rewrite those reads by hand")}

CHAT = Migration(
    name="v0-chat",
    summary="openai.ChatCompletion -> client.chat.completions",
    codes=frozenset({"GM201"}),
    resources=frozenset({"ChatCompletion"}),
    resource="chat.completions",
    fixtures=("GM201-v0-sdk-call",),
    # A message's function_call and tool calls are objects too (v0: dicts).
    reads=Reads(objects=frozenset({(), ("usage",), ("choices", "*"),
                                   ("choices", "*", "message"),
                                   ("choices", "*", "message", "function_call"),
                                   ("choices", "*", "message", "tool_calls", "*"),
                                   ("choices", "*", "message", "tool_calls", "*", "function")}),
                lists=frozenset({("choices",), ("choices", "*", "message", "tool_calls")}),
                present=frozenset({("choices", "*", "message")}),
                refused=FINISH_DETAILS,
                text=("choices", "*", "message", "content")),
    # a streamed delta's function_call and tool calls are objects too, whose fields are None
    # in the chunks that do not carry them
    stream_reads=Reads(objects=STREAM_READS.objects | {
                           ("choices", "*", "delta", "function_call"),
                           ("choices", "*", "delta", "tool_calls", "*"),
                           ("choices", "*", "delta", "tool_calls", "*", "function")},
                       lists=STREAM_READS.lists | {("choices", "*", "delta", "tool_calls")},
                       present=frozenset({("choices", "*", "delta")}),
                       absent=frozenset({("choices", "*", "delta", "content")}),
                       refused=FINISH_DETAILS),
    passes_kwargs=True,
    accepted=frozenset({
        "model", "messages", "audio", "frequency_penalty", "function_call", "functions",
        "logit_bias", "logprobs", "max_completion_tokens", "max_tokens", "metadata",
        "modalities", "n", "parallel_tool_calls", "prediction", "presence_penalty",
        "reasoning_effort", "response_format", "seed", "service_tier", "stop", "store",
        "stream", "stream_options", "temperature", "tool_choice", "tools", "top_logprobs",
        "top_p", "user", "web_search_options", "extra_headers", "extra_query", "extra_body",
        "timeout"}),
)

EMBEDDINGS = Migration(
    name="v0-embeddings",
    summary="openai.Embedding -> client.embeddings",
    codes=frozenset({"GM201"}),
    resources=frozenset({"Embedding"}),
    resource="embeddings",
    fixtures=("GM201-v0-sdk-call",),
    reads=Reads(objects=frozenset({(), ("usage",), ("data", "*")}),
                lists=frozenset({("data",)})),
    passes_kwargs=True,
    accepted=frozenset({"model", "input", "dimensions", "encoding_format", "user",
                        "extra_headers", "extra_query", "extra_body", "timeout"}),
)


# `openai.api_base = "http://localhost:8000/v1"` and `model="vicuna-7b-v1.1"`: a Completions
# call to a server of the project's own (FastChat, vLLM, llama.cpp ...), whose Completions API
# lives on; OpenAI's retirement of its completion models says nothing about it
# (`detect.Detector.own_server_calls`).
OWN_SERVER_COMPLETIONS = Migration(
    name="v0-completions-own-server",
    summary="openai.Completion to a server of the project's own -> client.completions",
    codes=frozenset({"GM201"}),
    resources=frozenset({"Completion"}),
    resource="completions",
    fixtures=("GM201-v0-sdk-call",),
    reads=Reads(objects=frozenset({(), ("usage",), ("choices", "*")}),
                lists=frozenset({("choices",)}),
                refused={("choices", "*", "logprobs"): "the response's logprobs are read, "
                                                        "which openai>=1 gives as an object of "
                                                        "lists: rewrite those reads by hand"},
                text=("choices", "*", "text")),
    stream_reads=Reads(objects=frozenset({(), ("choices", "*")}),
                       lists=frozenset({("choices",)})),
    passes_kwargs=True,
    own_server=True,
    accepted=frozenset({
        "model", "prompt", "best_of", "echo", "frequency_penalty", "logit_bias", "logprobs",
        "max_tokens", "n", "presence_penalty", "seed", "stop", "stream", "stream_options",
        "suffix", "temperature", "top_p", "user", "extra_headers", "extra_query", "extra_body",
        "timeout"}),
)

