import math
from typing import Final, List, Protocol, Sequence

import openai


class Embedder(Protocol):
    @property
    def dim(self) -> int: ...

    def embed(self, texts: Sequence[str]) -> List[List[float]]: ...


class OpenAIEmbedder:
    MODEL: Final = "text-search-ada-doc-001"

    @property
    def dim(self) -> int:
        return 1024

    def embed(self, texts: Sequence[str]) -> List[List[float]]:
        response = openai.Embedding.create(engine=self.MODEL, input=list(texts))
        return [d["embedding"] for d in response["data"]]


class Index:
    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder
        self.rows: List[tuple[str, List[float]]] = []

    def add(self, texts: Sequence[str]) -> None:
        for text, vec in zip(texts, self.embedder.embed(texts)):
            if len(vec) != self.embedder.dim:
                raise ValueError(f"expected {self.embedder.dim} dims, got {len(vec)}")
            self.rows.append((text, vec))

    def search(self, query: str) -> str:
        q = self.embedder.embed([query])[0]
        return max(self.rows, key=lambda row: sum(a * b for a, b in zip(q, row[1])) / math.sqrt(sum(x * x for x in row[1])))[0]


if __name__ == "__main__":
    index = Index(OpenAIEmbedder())
    index.add(["the cat sat", "stock prices fell", "a recipe for soup"])
    print(len(index.rows), "rows of", index.embedder.dim)
    print(index.search("market news"))
