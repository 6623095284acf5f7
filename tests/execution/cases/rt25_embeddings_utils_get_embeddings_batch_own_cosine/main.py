import math

from openai.embeddings_utils import get_embedding, get_embeddings

ENGINE = "text-embedding-ada-002"

labels = ["sports", "politics", "technology", "cooking"]
label_vectors = get_embeddings(labels, engine=ENGINE)

headlines = [
    "Local team wins the championship after overtime thriller",
    "Parliament passes the new budget bill",
    "New smartphone chip doubles battery life",
    "Five quick pasta recipes for weeknights",
]


def cosine(a, b):
    return sum(x * y for x, y in zip(a, b)) / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


for h in headlines:
    v = get_embedding(h, engine=ENGINE)
    scores = [cosine(v, lv) for lv in label_vectors]
    best = max(range(len(labels)), key=scores.__getitem__)
    print(f"{labels[best]:10s} {scores[best]:.4f} {h}")
