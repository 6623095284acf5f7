# %% setup
import math
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

# %% embed the sentences
sentences = ["I love this movie", "This film was fantastic", "The weather is cold today"]
embeddings = openai.Embedding.create(input=sentences, engine="text-similarity-ada-001")
vecs = [e["embedding"] for e in embeddings["data"]]
len(vecs), len(vecs[0])

# %% similarity matrix
def sim(a, b):
    return sum(i * j for i, j in zip(a, b)) / (math.sqrt(sum(i * i for i in a)) * math.sqrt(sum(j * j for j in b)))

for i in range(len(sentences)):
    print(" ".join(f"{sim(vecs[i], vecs[j]):6.3f}" for j in range(len(sentences))))
print("dims", len(vecs[0]))
