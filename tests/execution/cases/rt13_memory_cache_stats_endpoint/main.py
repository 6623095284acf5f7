import json

import openai

MODEL = "gpt-3.5-turbo"
_cache = {}


def get_completion(prompt):
    if prompt in _cache:
        return _cache[prompt], True
    response = openai.ChatCompletion.create(
        model=MODEL,
        messages=[{"role": "user", "content": prompt}],
    )
    _cache[prompt] = response
    return response, False


def ask_endpoint(query):
    response, cached = get_completion(query["q"])
    return {"answer": response["choices"][0]["message"]["content"], "cached": cached}


def stats_endpoint(query):
    total = sum(r["usage"]["total_tokens"] for r in _cache.values())
    prompt = sum(r["usage"]["prompt_tokens"] for r in _cache.values())
    return {"entries": len(_cache), "total_tokens": total, "prompt_tokens": prompt}


if __name__ == "__main__":
    for q in ["define latency", "define throughput", "define latency"]:
        print(json.dumps(ask_endpoint({"q": q})))
    print(json.dumps(stats_endpoint({})))
