import openai

DOCS = ["cats purr", "dogs bark", "cows moo"]


def build_index(docs):
    response = openai.Embedding.create(model="text-embedding-ada-002", input=docs)
    index = {}
    for i, item in enumerate(response["data"]):
        assert item["index"] == i
        index[docs[item["index"]]] = item["embedding"][:3]
    print("tokens:", response["usage"]["total_tokens"])
    return index


if __name__ == "__main__":
    idx = build_index(DOCS)
    print(sorted(idx), all(len(v) == 3 for v in idx.values()))
