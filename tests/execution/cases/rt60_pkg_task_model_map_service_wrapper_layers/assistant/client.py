import openai


class OpenAIClient:
    """Thin wrapper so the rest of the app never imports openai directly."""

    def __init__(self, api_key):
        openai.api_key = api_key

    def complete(self, model, prompt, max_tokens):
        res = openai.Completion.create(model=model, prompt=prompt, max_tokens=max_tokens, temperature=0)
        return res["choices"][0]["text"].strip()

    def chat(self, model, messages, max_tokens):
        res = openai.ChatCompletion.create(model=model, messages=messages, max_tokens=max_tokens)
        return res["choices"][0]["message"]["content"]

    def embed(self, model, texts):
        res = openai.Embedding.create(model=model, input=texts)
        return [row["embedding"] for row in res["data"]]
