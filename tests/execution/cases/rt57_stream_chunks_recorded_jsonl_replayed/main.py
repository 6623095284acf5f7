"""Streams an answer while recording every chunk to a JSONL file, then replays the file."""
import json
import os
import tempfile

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]
RECORDING = os.path.join(tempfile.mkdtemp(), "stream.jsonl")


def stream_and_record(question):
    parts = []
    with open(RECORDING, "w") as out:
        for chunk in openai.ChatCompletion.create(
                model="gpt-3.5-turbo", stream=True,
                messages=[{"role": "user", "content": question}]):
            out.write(json.dumps(chunk) + "\n")
            parts.append(chunk["choices"][0]["delta"].get("content", ""))
    return "".join(parts)


def replay():
    text, finish = "", None
    with open(RECORDING) as fh:
        for line in fh:
            chunk = json.loads(line)
            choice = chunk["choices"][0]
            text += choice["delta"].get("content", "")
            finish = choice["finish_reason"] or finish
    return text, finish


print("live:  ", stream_and_record("Explain caching in one line"))
print("replay:", replay())
