"""A small help-desk bot: one helper answers whole or streamed; the renderer tells them apart."""
import inspect

import openai

MODEL = "gpt-3.5-turbo"


def ask(question, stream=False):
    return openai.ChatCompletion.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": "You are a terse help-desk assistant."},
            {"role": "user", "content": question},
        ],
        stream=stream,
    )


def render(result):
    if inspect.isgenerator(result):
        parts = []
        for chunk in result:
            parts.append(chunk["choices"][0]["delta"].get("content", ""))
        return "streamed: " + "".join(parts)
    return "whole: " + result["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(render(ask("How do I reset my password?")))
    print(render(ask("How do I change my e-mail address?", stream=True)))
