"""Runs the chat demo against a canned backend so the UI can be tested offline."""
from llm_stub import ChatCompletion


def stream(question):
    out = ""
    for chunk in ChatCompletion.create(
        messages=[{"role": "user", "content": question}],
        stream=True,
    ):
        out += chunk["choices"][0]["delta"].get("content", "")
    return out


print(stream("ping"))
