import math


def nearest(query, vectors, texts):
    def dot(a, b):
        return sum(x * y for x, y in zip(a, b))
    scores = [dot(query, v) / math.sqrt(dot(v, v) * dot(query, query)) for v in vectors]
    best = max(range(len(texts)), key=scores.__getitem__)
    return texts[best], round(scores[best], 3)
