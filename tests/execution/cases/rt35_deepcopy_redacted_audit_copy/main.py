import copy
import json

import openai

AUDIT = []


def answer(question):
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
    )
    logged = copy.deepcopy(resp)
    logged["choices"][0]["message"]["content"] = "<redacted>"
    AUDIT.append(logged)
    return resp["choices"][0]["message"]["content"]


print(answer("My email is bob@example.com, write me a greeting."))
print(answer("Give me a password idea."))
for entry in AUDIT:
    print(json.dumps(entry["choices"][0]["message"]), entry["usage"]["total_tokens"])
