import json
import os
import tempfile

import openai


def chat_and_log(questions, path):
    with open(path, "w") as log:
        for q in questions:
            log.write(json.dumps({"role": "user", "content": q}) + "\n")
            completion = openai.ChatCompletion.create(
                model="gpt-3.5-turbo",
                messages=[{"role": "user", "content": q}],
            )
            message = completion["choices"][0]["message"]
            log.write(json.dumps(message) + "\n")


def show(path):
    with open(path) as log:
        for line in log:
            entry = json.loads(line)
            print(f"{entry['role']}: {entry['content']}")


if __name__ == "__main__":
    path = os.path.join(tempfile.mkdtemp(), "transcript.jsonl")
    chat_and_log(["hello", "what's new?"], path)
    show(path)
