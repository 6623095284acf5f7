import os

import openai

# FastChat's OpenAI-compatible server, started beside this script (its port from the environment)
PORT = os.environ["OPENAI_API_BASE"].rsplit(":", 1)[1].split("/")[0]
openai.api_key = os.environ["OPENAI_API_KEY"]
openai.api_base = f"http://127.0.0.1:{PORT}/selfhosted/v1"

MODEL = "vicuna-7b-v1.5"


def complete(prompt, max_tokens=16):
    completion = openai.Completion.create(
        model=MODEL, prompt=prompt, max_tokens=max_tokens, temperature=0.2)
    return completion["choices"][0]["text"].strip()


def stream(prompt):
    pieces = []
    for chunk in openai.Completion.create(model=MODEL, prompt=prompt, max_tokens=8, stream=True):
        pieces.append(chunk["choices"][0]["text"])
    return "".join(pieces)


print(complete("Once upon a time"))
print(stream("The capital of France is"))
batch = openai.Completion.create(model=MODEL, prompt=["red or blue", "cats or dogs"], max_tokens=4)
print(len(batch.choices), batch["usage"]["total_tokens"])
