"""Stream a chat answer, checking `"content" in delta` and stopping on the finish reason."""
import sys

import openai


def stream_answer(question):
    parts = []
    finish = None
    for chunk in openai.ChatCompletion.create(
        model="gpt-4",
        messages=[{"role": "user", "content": question}],
        stream=True,
    ):
        choice = chunk["choices"][0]
        delta = choice["delta"]
        if "content" in delta:
            parts.append(delta["content"])
            sys.stdout.write(delta["content"])
        if choice["finish_reason"] is not None:
            finish = choice["finish_reason"]
    print()
    return "".join(parts), finish


if __name__ == "__main__":
    text, finish = stream_answer("Write a haiku about autumn leaves")
    print(len(text.split()), "words, finish:", finish)
