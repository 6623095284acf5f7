"""Deduplicate support macros: embed them all, then look for near neighbours."""
from openai.embeddings_utils import (
    distances_from_embeddings,
    get_embedding,
    get_embeddings,
)

ENGINE = "text-embedding-ada-002"
MACROS = [
    "Thanks for reaching out!\nWe have reset your password.",
    "Your password has been reset, thanks for contacting us.",
    "We shipped your order today.",
    "Your parcel left our warehouse this morning.",
    "Refunds take 5-7 business days.",
]

vectors = get_embeddings(MACROS, engine=ENGINE)
print(len(vectors), "vectors of", len(vectors[0]))
for metric in ("cosine", "L1", "Linf"):
    for i, macro in enumerate(MACROS[:2]):
        distances = distances_from_embeddings(vectors[i], vectors, distance_metric=metric)
        order = sorted(range(len(distances)), key=distances.__getitem__)
        nearest = order[1]
        print(f"{metric:>6} #{i} -> #{nearest} ({distances[nearest]:.4f})")

probe = get_embedding("password reset done", engine=ENGINE)
scores = distances_from_embeddings(probe, vectors)
print("probe closest:", MACROS[min(range(len(scores)), key=scores.__getitem__)].splitlines()[0])
