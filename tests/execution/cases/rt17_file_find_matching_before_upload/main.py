import json
import os

import openai

PATH = "data.jsonl"


def upload(path):
    size = os.path.getsize(path)
    matches = openai.File.find_matching_files(name=path, bytes=size, purpose="fine-tune")
    if matches:
        print(f"reusing {len(matches)} existing upload(s)")
        return matches[0]["id"]
    with open(path, "rb") as f:
        created = openai.File.create(file=f, purpose="fine-tune", user_provided_filename=path)
    print("uploaded new file")
    return created["id"]


with open(PATH, "w") as f:
    f.write(json.dumps({"prompt": "a", "completion": "b"}) + "\n")

first = upload(PATH)
second = upload(PATH)
print("same id:", first == second)
