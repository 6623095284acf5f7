import functools
import os

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]


@functools.lru_cache(maxsize=64)
def reply(question):
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        temperature=0,
    )
    return resp["choices"][0]["message"]


for q in ["Is water wet?", "Is fire hot?", "Is water wet?"]:
    msg = reply(q)
    print(msg.get("role"), "|", msg.get("content", ""), "|", msg.get("function_call") is None)

info = reply.cache_info()
print(f"hits={info.hits} misses={info.misses} size={info.currsize}")
