import json
from concurrent.futures import ThreadPoolExecutor

import openai


def _one(prompt):
    return openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
    )


def batch_endpoint(body):
    prompts = body["prompts"]
    with ThreadPoolExecutor(max_workers=4) as pool:
        responses = list(pool.map(_one, prompts))
    items = [{"prompt": p, "answer": r["choices"][0]["message"]["content"],
              "tokens": r["usage"]["total_tokens"]} for p, r in zip(prompts, responses)]
    return {"items": items, "total_tokens": sum(i["tokens"] for i in items)}


if __name__ == "__main__":
    print(json.dumps(batch_endpoint({"prompts": ["one", "two words", "three little words"]}), indent=1))
