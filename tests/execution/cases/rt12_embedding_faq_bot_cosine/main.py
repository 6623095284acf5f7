"""An FAQ bot: find the closest known question by embeddings, answer from it."""
import math

import openai

EMBEDDING_MODEL = "text-embedding-ada-002"
FAQ = {
    "How do I reset my password?": "Use the 'Forgot password' link on the login page.",
    "What are your opening hours?": "We are open 9am to 5pm, Monday to Friday.",
    "How can I cancel my subscription?": "Go to Settings > Billing > Cancel.",
}


def embed(texts):
    response = openai.Embedding.create(input=texts, model=EMBEDDING_MODEL)
    return [item["embedding"] for item in response["data"]]


def cosine(a, b):
    dot = sum(x * y for x, y in zip(a, b))
    return dot / (math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b)))


class FaqBot:
    def __init__(self):
        self.questions = list(FAQ)
        self.vectors = embed(self.questions)

    def answer(self, text):
        [query] = embed([text])
        scores = [cosine(query, v) for v in self.vectors]
        best = max(range(len(scores)), key=scores.__getitem__)
        question = self.questions[best]
        rewrite = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[
                {"role": "system", "content": "Rephrase the FAQ answer for the user."},
                {"role": "user", "content": FAQ[question]},
            ],
        )
        return best, round(scores[best], 3) > -2, rewrite.choices[0].message.content


if __name__ == "__main__":
    bot = FaqBot()
    print(len(bot.vectors), len(bot.vectors[0]))
    for text in ["I forgot my password", "when are you open?", "How can I cancel my subscription?"]:
        print(text, "->", bot.answer(text))
