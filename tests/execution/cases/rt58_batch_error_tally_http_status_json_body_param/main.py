import collections
from concurrent.futures import ThreadPoolExecutor

import openai

INPUTS = ["alpha particle", "", "beta decay", "", "gamma ray"]


def embed(text):
    try:
        response = openai.Embedding.create(input=text, model="text-embedding-ada-002")
    except openai.error.InvalidRequestError as exc:
        return "error", exc.http_status, exc.json_body["error"]["param"]
    return "ok", len(response["data"][0]["embedding"]), None


with ThreadPoolExecutor(max_workers=2) as pool:
    outcomes = list(pool.map(embed, INPUTS))

tally = collections.Counter((kind, detail) for kind, detail, _ in outcomes)
for (kind, detail), count in sorted(tally.items(), key=str):
    print(kind, detail, count)
print("bad params:", sorted({param for kind, _, param in outcomes if kind == "error"}))
