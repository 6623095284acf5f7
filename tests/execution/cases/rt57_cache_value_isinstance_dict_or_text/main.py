"""The cache holds either a raw API response or a hand-written answer (a plain string)."""
import os

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]

CACHE = {"What is your name?": "I am the help bot."}


def text_of(entry):
    if isinstance(entry, dict):
        return entry["choices"][0]["message"]["content"]
    return str(entry)


def lookup(question):
    if question not in CACHE:
        CACHE[question] = openai.ChatCompletion.create(
            model="gpt-3.5-turbo", messages=[{"role": "user", "content": question}])
    return CACHE[question]


for q in ["What is your name?", "How do I log in?", "How do I log in?"]:
    print(text_of(lookup(q)))
print(sum(isinstance(v, dict) for v in CACHE.values()), "of", len(CACHE), "from the API")
