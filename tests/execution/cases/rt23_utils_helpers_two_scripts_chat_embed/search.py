from utils import cosine_similarity, get_embedding

DOCS = ["how to bake bread", "how to change a tire", "best hiking trails"]


def main():
    query = get_embedding("car maintenance")
    scored = [(cosine_similarity(query, get_embedding(d)), d) for d in DOCS]
    best = max(scored)
    print("best match:", best[1], round(best[0], 4))
