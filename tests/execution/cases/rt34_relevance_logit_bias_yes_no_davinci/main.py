import math

import openai

# GPT-3 (r50k) token ids of " Yes" and " No"
LABEL_TOKENS = {" Yes": 3363, " No": 1400}

PASSAGES = [
    "The Eiffel Tower is 330 metres tall.",
    "Paris is the capital of France.",
    "The Louvre is the world's most-visited museum.",
]


def embed(texts):
    return [d["embedding"] for d in openai.Embedding.create(input=texts, engine="text-embedding-ada-002")["data"]]


def cosine(a, b):
    return sum(x * y for x, y in zip(a, b)) / math.sqrt(sum(x * x for x in a) * sum(y * y for y in b))


def is_relevant(question, passage):
    prompt = f"Passage: {passage}\nQuestion: {question}\nDoes the passage answer the question? Answer Yes or No.\nAnswer:"
    resp = openai.Completion.create(
        engine="text-davinci-003",
        prompt=prompt,
        max_tokens=1,
        temperature=0,
        logit_bias={str(tok): 100 for tok in LABEL_TOKENS.values()},
    )
    return resp["choices"][0]["text"].strip().lower() == "yes"


question = "How tall is the Eiffel Tower?"
doc_vecs = embed(PASSAGES)
q_vec = embed([question])[0]
ranked = sorted(zip(PASSAGES, doc_vecs), key=lambda p: cosine(q_vec, p[1]), reverse=True)
for passage, _ in ranked[:2]:
    print(passage, "->", "relevant" if is_relevant(question, passage) else "not relevant")
