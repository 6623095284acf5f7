import math

import openai
from openai.embeddings_utils import get_embedding

EMBEDDING_MODEL = "text-embedding-ada-002"
FAQ = [
    "How do I reset my password?",
    "Where can I download my invoices?",
    "How do I cancel my subscription?",
]


def similarity(a, b):
    return sum(x * y for x, y in zip(a, b)) / (math.hypot(*a) * math.hypot(*b))


def best_match(question):
    asked = get_embedding(question, engine=EMBEDDING_MODEL)
    scored = [(similarity(asked, get_embedding(entry, engine=EMBEDDING_MODEL)), entry)
              for entry in FAQ]
    return max(scored)[1]


if __name__ == "__main__":
    print(best_match("I forgot my\npassword"))
