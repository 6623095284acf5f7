from embedder import get_embedder


def dot(a, b):
    return sum(x * y for x, y in zip(a, b))


if __name__ == "__main__":
    embedder = get_embedder()
    titles = ["Intro to sourdough", "Fixing a flat bike tire", "Proofing bread dough overnight"]
    vectors = embedder.embed(titles)
    query = embedder.embed(["baking bread"])[0]
    for title, vec in sorted(zip(titles, vectors), key=lambda tv: -dot(query, tv[1])):
        print(f"{dot(query, vec):.4f} {title}")
