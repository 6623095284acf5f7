from collections import Counter

import openai

usage_totals = Counter()


def track(resp):
    usage = resp.get("usage", {})
    usage_totals["prompt"] += usage.get("prompt_tokens", 0)
    usage_totals["completion"] += usage.get("completion_tokens", 0)
    usage_totals["total"] += usage.get("total_tokens", 0)
    return resp


emb = track(openai.Embedding.create(model="text-embedding-ada-002", input="a tiny document"))
chat = track(openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[{"role": "user", "content": "summarize: a tiny document"}],
))
print(len(emb["data"][0]["embedding"]), chat["choices"][0]["message"]["content"])
print(dict(sorted(usage_totals.items())))
