import math
import os

import openai

openai.api_key = os.environ.get("OPENAI_API_KEY")

FAQ = [
    "Shipping takes 3-5 business days within the EU.",
    "Returns are free within 30 days of delivery.",
    "We accept Visa, Mastercard and PayPal.",
]

faq_vectors = [
    item["embedding"]
    for item in openai.Embedding.create(input=FAQ, model="text-embedding-ada-002")["data"]
]


def is_flagged(text):
    result = openai.Moderation.create(input=text).results[0]
    if result.flagged:
        hits = sorted(name for name, hit in result.categories.items() if hit)
        return True, hits
    return False, []


def closest_faq(question):
    q = openai.Embedding.create(input=[question], model="text-embedding-ada-002")["data"][0]["embedding"]
    best, best_score = None, -2.0
    for text, vec in zip(FAQ, faq_vectors):
        score = sum(a * b for a, b in zip(q, vec)) / (
            math.sqrt(sum(a * a for a in q)) * math.sqrt(sum(b * b for b in vec)))
        if score > best_score:
            best, best_score = text, score
    return best


def answer(question):
    flagged, categories = is_flagged(question)
    if flagged:
        return "Sorry, I can't help with that (" + ", ".join(categories) + ")."
    context = closest_faq(question)
    completion = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": f"You are a shop assistant. Use this fact: {context}"},
            {"role": "user", "content": question},
        ],
        temperature=0,
        max_tokens=200,
    )
    return completion.choices[0].message.content


for q in ["How long does shipping take?", "I hate you, you stupid bot", "Can I pay with PayPal?"]:
    print(">", q)
    print(answer(q))
