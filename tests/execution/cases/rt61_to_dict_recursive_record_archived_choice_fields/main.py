import json
import os
import tempfile

import openai

ARCHIVE = os.path.join(tempfile.mkdtemp(), "answers.jsonl")


def ask_and_archive(question):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
    )
    record = response.to_dict_recursive()
    with open(ARCHIVE, "a") as fh:
        fh.write(json.dumps({"q": question, "message": record["choices"][0]["message"]}) + "\n")
    return record


rec = ask_and_archive("What is the boiling point of water?")
print("choice fields:", sorted(rec["choices"][0]))
print("usage:", rec["usage"]["prompt_tokens"], rec["usage"]["completion_tokens"])
with open(ARCHIVE) as fh:
    for line in fh:
        print(line.strip())
