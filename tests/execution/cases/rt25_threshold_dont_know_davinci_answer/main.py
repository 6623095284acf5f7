import math
import os

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]

KB = [
    "The library opens at 9am and closes at 8pm on weekdays.",
    "Members can borrow up to 10 books for three weeks.",
    "Late returns cost 20 cents per day per book.",
]
THRESHOLD = 0.02

kb_vectors = openai.Embedding.create(input=KB, model="text-embedding-ada-002")["data"]


def similarity(a, b):
    return sum(x * y for x, y in zip(a, b)) / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


def ask(question):
    qv = openai.Embedding.create(input=question, model="text-embedding-ada-002")["data"][0]["embedding"]
    scored = sorted(((similarity(qv, row["embedding"]), KB[row["index"]]) for row in kb_vectors), reverse=True)
    best_score, best_text = scored[0]
    if best_score < THRESHOLD:
        return f"I don't know (best score {best_score:.3f})"
    response = openai.Completion.create(
        engine="text-davinci-003",
        prompt=f"{best_text}\n\nQuestion: {question}\nAnswer:",
        max_tokens=50,
        temperature=0.2,
    )
    return response.choices[0].text.strip()


for q in ["How many books can I borrow?", "When does the library open?", "Is there a cafe?"]:
    print(q, "->", ask(q))
