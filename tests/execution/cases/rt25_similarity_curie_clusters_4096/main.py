import math

import openai

MODEL = "text-similarity-curie-001"

sentences = [
    "The cat sat on the mat.",
    "A dog barked at the mailman.",
    "Stock markets fell sharply on Monday.",
    "Investors sold shares after the earnings report.",
    "My kitten loves chasing yarn.",
    "Bond yields rose to a ten year high.",
]

res = openai.Embedding.create(model=MODEL, input=sentences)
vecs = [r["embedding"] for r in sorted(res["data"], key=lambda r: r["index"])]
print("dimension:", len(vecs[0]))


def cosine(a, b):
    return sum(x * y for x, y in zip(a, b)) / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(x * x for x in b)))


# naive 2-means, seeded with the first two sentences
centroids = [vecs[0], vecs[2]]
for _ in range(5):
    groups = [[], []]
    for i, v in enumerate(vecs):
        groups[max(range(2), key=lambda c: cosine(v, centroids[c]))].append(i)
    centroids = [[sum(vecs[i][d] for i in g) / len(g) for d in range(len(vecs[0]))] if g else centroids[k]
                 for k, g in enumerate(groups)]
for k, g in enumerate(groups):
    print(k, [sentences[i] for i in g])
