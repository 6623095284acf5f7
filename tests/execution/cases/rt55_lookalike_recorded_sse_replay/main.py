"""Replays a stream recorded from the chat completions API (openai.ChatCompletion.create(
stream=True)) to test the renderer without a network."""
import io
import json

RECORDED = b"""data: {"id": "chatcmpl-1", "object": "chat.completion.chunk", "model": "gpt-3.5-turbo-0613", "choices": [{"index": 0, "delta": {"role": "assistant"}, "finish_reason": null}]}

data: {"id": "chatcmpl-1", "object": "chat.completion.chunk", "model": "gpt-3.5-turbo-0613", "choices": [{"index": 0, "delta": {"content": "Hello"}, "finish_reason": null}]}

data: {"id": "chatcmpl-1", "object": "chat.completion.chunk", "model": "gpt-3.5-turbo-0613", "choices": [{"index": 0, "delta": {"content": " there!"}, "finish_reason": null}]}

data: {"id": "chatcmpl-1", "object": "chat.completion.chunk", "model": "gpt-3.5-turbo-0613", "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}]}

data: [DONE]

"""


def iter_chunks(fp):
    for raw in fp:
        line = raw.decode().strip()
        if not line.startswith("data: "):
            continue
        payload = line[len("data: "):]
        if payload == "[DONE]":
            return
        yield json.loads(payload)


def render(stream):
    text, finish = "", None
    for chunk in stream:
        delta = chunk["choices"][0]["delta"]
        text += delta.get("content", "")
        finish = chunk["choices"][0]["finish_reason"] or finish
    return text, finish, chunk["model"]


if __name__ == "__main__":
    print(render(iter_chunks(io.BytesIO(RECORDED))))
