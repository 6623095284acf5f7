import os

import openai

openai.api_key = os.environ.get("OPENAI_API_KEY")

NOTES = "teh meeting was moved to thursday becuase of the hollidays"


def clean(text):
    res = openai.Edit.create(
        model="text-davinci-edit-001",
        input=text,
        instruction="Fix spelling and capitalisation.",
    )
    return res.choices[0].text.strip()


def summarize(text):
    res = openai.Completion.create(
        model="text-davinci-003",
        prompt=f"TL;DR of the following note:\n{text}\nTL;DR:",
        max_tokens=30,
        temperature=0.5,
    )
    return res.choices[0].text.strip()


def pipeline(raw):
    cleaned = clean(raw)
    return cleaned, summarize(cleaned)


cleaned, summary = pipeline(NOTES)
print("cleaned:", cleaned)
print("summary:", summary)
