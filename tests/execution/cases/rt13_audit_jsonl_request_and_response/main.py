import json
import os
import tempfile

import openai

AUDIT_PATH = os.path.join(tempfile.mkdtemp(), "audit.jsonl")


def chat(user_id, message):
    params = {
        "model": "gpt-3.5-turbo",
        "messages": [{"role": "user", "content": message}],
        "max_tokens": 150,
    }
    response = openai.ChatCompletion.create(**params)
    with open(AUDIT_PATH, "a") as f:
        f.write(json.dumps({"user": user_id, "request": params, "response": response}) + "\n")
    return response["choices"][0]["message"]["content"]


def admin_audit():
    rows = []
    with open(AUDIT_PATH) as f:
        for line in f:
            rec = json.loads(line)
            rows.append((rec["user"], len(rec["request"]["messages"]),
                         rec["response"]["choices"][0]["message"]["content"],
                         rec["response"]["usage"]["total_tokens"]))
    return rows


if __name__ == "__main__":
    print(chat("u1", "What's the weather like on Mars?"))
    print(chat("u2", "Recommend a book"))
    for row in admin_audit():
        print(row)
