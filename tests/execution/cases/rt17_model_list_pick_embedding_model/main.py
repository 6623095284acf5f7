import openai

PREFERRED = "text-embedding-ada-002"


def pick_embedding_model():
    ids = [m["id"] for m in openai.Model.list()["data"]]
    return PREFERRED if PREFERRED in ids else None


model = pick_embedding_model()
if model is None:
    raise SystemExit("no embedding model available")
emb = openai.Embedding.create(model=model, input=["hello world"])
print(model, len(emb["data"][0]["embedding"]))
