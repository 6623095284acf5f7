import openai

from config import MODELS, SUMMARY_MAX_TOKENS


def summarize(text):
    r = openai.Completion.create(
        model=MODELS["summary"],
        prompt="Summarize:\n" + text,
        max_tokens=SUMMARY_MAX_TOKENS,
    )
    return r["choices"][0]["text"].strip()


def embed(text):
    return openai.Embedding.create(model=MODELS["embedding"], input=text)["data"][0]["embedding"]
