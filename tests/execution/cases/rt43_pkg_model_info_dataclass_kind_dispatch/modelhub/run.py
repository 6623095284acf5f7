import openai

from modelhub.catalog import lookup


def run(model, text):
    info = lookup(model)
    if info.kind == "chat":
        response = openai.ChatCompletion.create(
            model=model, messages=[{"role": "user", "content": text}]
        )
        return response["choices"][0]["message"]["content"]
    if info.kind == "completion":
        response = openai.Completion.create(model=model, prompt=text, max_tokens=64)
        return response["choices"][0]["text"]
    response = openai.Embedding.create(model=model, input=text)
    vector = response["data"][0]["embedding"]
    return f"{len(vector)} dims, context {info.context}"
