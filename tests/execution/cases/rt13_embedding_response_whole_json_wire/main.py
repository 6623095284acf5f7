import json

import openai


def embeddings_proxy(body):
    resp = openai.Embedding.create(model="text-embedding-ada-002", input=body["input"])
    return 200, json.dumps(resp)


if __name__ == "__main__":
    status, wire = embeddings_proxy({"input": ["red apple", "green pear"]})
    data = json.loads(wire)
    print(status, data["object"], data["model"], data["usage"])
    for item in data["data"]:
        print(item["index"], item["object"], [round(x, 3) for x in item["embedding"][:3]])
