import math
import re

import openai

ARTICLES = [
    ("Solar power", "Solar panels convert sunlight into electricity using photovoltaic cells."),
    ("Wind power", "Wind turbines turn kinetic energy of the wind into electricity."),
    ("Hydropower", "Dams use flowing water to spin turbines and generate power."),
    ("Geothermal", "Geothermal plants use heat from inside the earth."),
]


def get_embeddings(texts, engine="text-embedding-ada-002"):
    response = openai.Embedding.create(input=texts, engine=engine)
    return [r["embedding"] for r in response["data"]]


def cos(a, b):
    return sum(i * j for i, j in zip(a, b)) / (math.sqrt(sum(i * i for i in a)) * math.sqrt(sum(j * j for j in b)))


article_vectors = get_embeddings([body for _, body in ARTICLES])


def retrieve(question, k=2):
    qv = get_embeddings([question])[0]
    order = sorted(range(len(ARTICLES)), key=lambda i: -cos(qv, article_vectors[i]))
    return [ARTICLES[i] for i in order[:k]]


def answer_with_citations(question):
    hits = retrieve(question)
    sources = "\n".join(f"[{n}] {title}: {body}" for n, (title, body) in enumerate(hits, 1))
    prompt = f"{sources}\nQuestion: {question}\nAnswer citing sources like [1]:"
    response = openai.Completion.create(
        engine="text-davinci-003",
        prompt=prompt,
        max_tokens=200,
        temperature=0.0,
        frequency_penalty=0.0,
        stop="\nQuestion:",
    )
    text = response.choices[0].text
    cited = sorted({int(n) for n in re.findall(r"\[(\d+)\]", text)})
    return text.strip(), [hits[n - 1][0] for n in cited if 0 < n <= len(hits)]


for q in ["Solar panels convert sunlight into electricity using photovoltaic cells.", "heat from inside the earth"]:
    text, cited = answer_with_citations(q)
    print("Q:", q)
    print("cited:", cited)
    print("answer words:", len(text.split()))
