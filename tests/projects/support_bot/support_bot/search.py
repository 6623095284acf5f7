"""Similar-ticket search with first-generation embeddings."""

from typing import List

import numpy as np
import openai

DOC_MODEL = "text-search-ada-doc-001"


def embed_tickets(tickets: List[str]) -> np.ndarray:
    result = openai.Embedding.create(model=DOC_MODEL, input=tickets)
    return np.array([item["embedding"] for item in result["data"]])


def embed_query(query: str) -> np.ndarray:
    vector = openai.Embedding.create(
        model="text-search-ada-query-001", input=[query]
    )["data"][0]["embedding"]
    return np.array(vector)


def most_similar(query: str, tickets: List[str]) -> str:
    scores = embed_tickets(tickets) @ embed_query(query)
    return tickets[int(np.argmax(scores))]
