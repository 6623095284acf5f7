import hashlib
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")


def anon(user_id):
    return hashlib.sha256(f"salt:{user_id}".encode()).hexdigest()[:16]


def best_reply(user_id, text):
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "system", "content": "Reply briefly."},
                  {"role": "user", "content": text}],
        n=2,
        user=anon(user_id),
    )
    best = min(resp.choices, key=lambda c: (len(c.message.content), c.index))
    return best.index, best.message.content.strip(), len(resp.choices)


for uid, msg in [(1001, "suggest a name for a cat"), (1002, "a name for a dog")]:
    idx, text, n = best_reply(uid, msg)
    print(f"user {anon(uid)} picked {idx + 1}/{n}: {text}")
