import openai

from registry import MODELS


def _fit(text, spec, reserve=512):
    words = text.split()
    return " ".join(words[: spec.context_window - reserve])


def chat(prompt, tier="fast"):
    spec = MODELS[tier]
    assert spec.kind == "chat"
    response = openai.ChatCompletion.create(
        model=spec.name,
        messages=[{"role": "user", "content": _fit(prompt, spec)}],
    )
    return response["choices"][0]["message"]["content"]


def embed(text):
    spec = MODELS["embed"]
    response = openai.Embedding.create(model=spec.name, input=_fit(text, spec, reserve=0))
    return response["data"][0]["embedding"]
