"""Research script: one dict of model names per task, like the lab's config cell."""
import openai

models = {
    "embed": "text-embedding-ada-002",
    "chat": "gpt-3.5-turbo",
}
images = []  # figure paths, filled by the plotting cell


def embeddings(texts):
    resp = openai.Embedding.create(model=models["embed"], input=texts)
    return [d["embedding"] for d in resp["data"]]


def chat(prompt):
    resp = openai.ChatCompletion.create(model=models["chat"],
                                        messages=[{"role": "user", "content": prompt}])
    return resp["choices"][0]["message"]["content"]


if __name__ == "__main__":
    vecs = embeddings(["alpha", "beta", "gamma"])
    print(len(vecs), len(vecs[0]))
    print(chat("Explain overfitting to a five year old."))
    print(sorted(models), images)
