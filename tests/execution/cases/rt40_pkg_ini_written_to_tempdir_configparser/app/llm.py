import openai


def ask(settings, question):
    response = openai.ChatCompletion.create(
        model=settings.get("models", "chat"),
        messages=[{"role": "user", "content": question}],
        max_tokens=settings.getint("limits", "max_tokens"),
    )
    return response["choices"][0]["message"]["content"]


def embed(settings, texts):
    response = openai.Embedding.create(model=settings["models"]["embedding"], input=texts)
    return [item["embedding"] for item in response["data"]]
