import os
import tomllib
from pathlib import Path

import openai

with open(Path(__file__).with_name("config.toml"), "rb") as fh:
    CONFIG = tomllib.load(fh)

openai.api_key = os.environ["OPENAI_API_KEY"]


class Librarian:
    def __init__(self, config):
        self.chat_model = config["models"]["chat"]
        self.embedding_model = config["models"]["embeddings"]
        self.system = config["prompts"]["system"]

    def recommend(self, mood):
        result = openai.ChatCompletion.create(
            model=self.chat_model,
            messages=[{"role": "system", "content": self.system},
                      {"role": "user", "content": f"A book for a {mood} evening"}],
        )
        return result["choices"][0]["message"]["content"]

    def closest(self, query, titles):
        data = openai.Embedding.create(model=self.embedding_model, input=[query] + titles)["data"]
        q = data[0]["embedding"]
        scores = [sum(a * b for a, b in zip(q, d["embedding"])) for d in data[1:]]
        return titles[scores.index(max(scores))]


librarian = Librarian(CONFIG)
print(librarian.recommend("rainy"))
print(librarian.closest("space travel", ["Dune", "Emma", "The Martian"]))
