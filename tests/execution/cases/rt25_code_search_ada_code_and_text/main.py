import math

import openai

CODE_MODEL = "code-search-ada-code-001"
TEXT_MODEL = "code-search-ada-text-001"

snippets = {
    "reverse": "def reverse(s):\n    return s[::-1]",
    "fib": "def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)",
    "read_json": "def read_json(p):\n    import json\n    return json.load(open(p))",
}

names = list(snippets)
code_res = openai.Embedding.create(input=[snippets[n] for n in names], model=CODE_MODEL)
code_vecs = dict(zip(names, [r["embedding"] for r in code_res["data"]]))


def search(description):
    q = openai.Embedding.create(input=description, model=TEXT_MODEL)["data"][0]["embedding"]
    best = None
    for name, v in code_vecs.items():
        score = sum(a * b for a, b in zip(q, v)) / (math.sqrt(sum(a * a for a in q)) * math.sqrt(sum(b * b for b in v)))
        if best is None or score > best[0]:
            best = (score, name)
    return best


for d in ["load a json file", "fibonacci numbers", "reverse a string"]:
    score, name = search(d)
    print(f"{d!r} -> {name} ({score:.3f})")
print("vector size:", len(code_vecs["fib"]))
