import os
import time

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]
openai.api_base = os.environ.get("OPENAI_API_BASE", "https://api.openai.com/v1")

client = None
if hasattr(openai, "OpenAI"):  # openai>=1: same settings, new object
    client = openai.OpenAI(api_key=openai.api_key, base_url=openai.api_base)

MODEL = "gpt-3.5-turbo"


def _retry(fn):
    for attempt in range(3):
        try:
            return fn()
        except (openai.error.RateLimitError, getattr(openai, "RateLimitError", ())):
            time.sleep(0.2 * (attempt + 1))
    raise RuntimeError("rate limited")


def translate(text, lang):
    messages = [{"role": "user", "content": f"Translate to {lang}: {text}"}]
    if client is not None:
        return _retry(lambda: client.chat.completions.create(
            model=MODEL, messages=messages).choices[0].message.content)
    return _retry(lambda: openai.ChatCompletion.create(
        model=MODEL, messages=messages)["choices"][0]["message"]["content"])


def define(word):
    resp = _retry(lambda: openai.ChatCompletion.create(
        model=MODEL, messages=[{"role": "user", "content": f"Define {word}"}]))
    return resp["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(translate("good morning", "Spanish"))
    print(define("serendipity"))
