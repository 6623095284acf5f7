import openai

from settings import SETTINGS

CFG = SETTINGS["embed"]


def batches(items, size):
    for start in range(0, len(items), size):
        yield items[start:start + size]


def embed(rows):
    for batch in batches(rows, CFG["batch_size"]):
        response = openai.Embedding.create(model=CFG["model"], input=[r["summary"] for r in batch])
        for row, item in zip(batch, response["data"]):
            row["vector"] = list(item["embedding"])
    return rows
