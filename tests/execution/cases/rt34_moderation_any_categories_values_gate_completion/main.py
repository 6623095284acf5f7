import math

import openai

SNIPPETS = [
    "Water boils at 100 degrees Celsius at sea level.",
    "The speed of light is about 300,000 km per second.",
]
snippet_vectors = [row.embedding for row in openai.Embedding.create(input=SNIPPETS, engine="text-embedding-ada-002").data]


def unsafe(text):
    result = openai.Moderation.create(input=text).results[0]
    return any(result.categories.values())


def best_snippet(question):
    qv = openai.Embedding.create(input=question, engine="text-embedding-ada-002").data[0].embedding
    sims = [sum(a * b for a, b in zip(qv, v)) / math.sqrt(sum(a * a for a in qv) * sum(b * b for b in v)) for v in snippet_vectors]
    return SNIPPETS[sims.index(max(sims))]


for question in ["At what temperature does water boil?", "How do I hurt my neighbour?", "How fast is light?"]:
    if unsafe(question):
        print(question, "=> refused")
        continue
    completion = openai.Completion.create(
        engine="text-davinci-003",
        prompt=f"{best_snippet(question)}\n\nQ: {question}\nA:",
        max_tokens=60,
        temperature=0.3,
    )
    print(question, "=>", completion.choices[0].text.strip())
