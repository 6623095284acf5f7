import openai

from spend.tracker import SpendTracker

tracker = SpendTracker()
CHAT_MODEL = "gpt-3.5-turbo"
EMBEDDING_MODEL = "text-embedding-ada-002"


def chat(text, model=CHAT_MODEL):
    response = openai.ChatCompletion.create(
        model=model, messages=[{"role": "user", "content": text}]
    )
    usage = response["usage"]
    tracker.add(model, usage["prompt_tokens"], usage["completion_tokens"])
    return response["choices"][0]["message"]["content"]


def embed(texts, model=EMBEDDING_MODEL):
    response = openai.Embedding.create(model=model, input=texts)
    tracker.add(model, response["usage"]["total_tokens"])
    return [item["embedding"] for item in response["data"]]
