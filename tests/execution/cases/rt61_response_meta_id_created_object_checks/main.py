import time

import openai

seen_ids = set()


def call(prompt):
    r = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
    )
    assert r.object == "chat.completion", r.object
    if r.id in seen_ids:
        print("duplicate response id!")
    seen_ids.add(r.id)
    age = time.time() - r.created
    return {
        "text": r.choices[0].message.content,
        "has_id": r.id.startswith("chatcmpl-"),
        "fresh": age >= 0,
        "model_family": r.model.split("-")[0],
    }


for prompt in ("first question", "second question", "first question"):
    info = call(prompt)
    print(info["text"], info["has_id"], info["fresh"], info["model_family"])
print(len(seen_ids), "distinct ids")
