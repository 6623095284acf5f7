import math

from providers import ChatProvider, EmbeddingProvider


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


embedder = EmbeddingProvider()
a, b = embedder.embed(["red apples", "green apples"])
print(embedder.describe(), "dims", len(a), "similarity", round(cosine(a, b), 4))
chat = ChatProvider()
print(chat.describe(), chat.chat("Give me a fruit name."))
