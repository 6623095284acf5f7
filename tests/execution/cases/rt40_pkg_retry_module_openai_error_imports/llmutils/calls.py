import openai

from llmutils.retry import with_retries

LABELS = ("positive", "negative", "neutral")


@with_retries()
def classify(text, messages=None):
    if messages is None:
        messages = [
            {"role": "system", "content": "Answer with one of: " + ", ".join(LABELS)},
            {"role": "user", "content": text},
        ]
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=messages,
        max_tokens=3,
        temperature=0,
    )
    return response["choices"][0]["message"]["content"]


@with_retries(attempts=2)
def embed(text):
    response = openai.Embedding.create(model="text-embedding-ada-002", input=text)
    return response["data"][0]["embedding"]
