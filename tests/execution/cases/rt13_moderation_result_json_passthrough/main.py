import json

import openai


def moderate_endpoint(body):
    resp = openai.Moderation.create(input=body["texts"])
    out = []
    for text, r in zip(body["texts"], resp["results"]):
        out.append({
            "text": text,
            "flagged": r["flagged"],
            "flagged_categories": sorted(k for k, v in r["categories"].items() if v),
            "max_score": round(max(r["category_scores"].values()), 2),
        })
    return json.dumps({"results": out}, indent=1)


if __name__ == "__main__":
    print(moderate_endpoint({"texts": ["have a nice day", "you are stupid", "I will kill it"]}))
