import json
import os

import openai
import requests

MODEL = "gpt-3.5-turbo"
API_BASE = os.environ.get("OPENAI_API_BASE", "https://api.openai.com/v1")


def ask(question):
    resp = openai.ChatCompletion.create(
        model=MODEL,
        messages=[{"role": "user", "content": question}],
    )
    return resp["choices"][0]["message"]["content"]


def stream_answer(question):
    payload = {
        "model": MODEL,
        "messages": [{"role": "user", "content": question}],
        "stream": True,
    }
    headers = {"Authorization": "Bearer " + os.environ["OPENAI_API_KEY"]}
    pieces = []
    with requests.post(f"{API_BASE}/chat/completions", json=payload, headers=headers,
                       stream=True, timeout=30) as r:
        r.raise_for_status()
        for line in r.iter_lines(decode_unicode=True):
            if not line or not line.startswith("data: "):
                continue
            data = line[len("data: "):]
            if data == "[DONE]":
                break
            delta = json.loads(data)["choices"][0]["delta"]
            pieces.append(delta.get("content", ""))
    return "".join(pieces)


if __name__ == "__main__":
    print(ask("Say hi"))
    print(stream_answer("Tell me a joke"))
