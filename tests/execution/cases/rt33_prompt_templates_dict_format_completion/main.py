"""Marketing copy generator: prompt templates filled with str.format and f-strings."""
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

TEMPLATES = {
    "tagline": "Write a catchy tagline for {product}, a {category} for {audience}.\nTagline:",
    "tweet": "Write a tweet announcing {product} ({category}). Use one hashtag.\nTweet:",
    "email_subject": "Write 1 email subject line for {product} aimed at {audience}.\nSubject:",
}

PRODUCTS = [
    {"product": "SnoozeMate", "category": "smart alarm clock", "audience": "students"},
    {"product": "LeafLedger", "category": "plant care app", "audience": "busy parents"},
]


def generate(kind, max_tokens=30, temperature=0.8, **fields):
    prompt = TEMPLATES[kind].format(**fields)
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=prompt,
        max_tokens=max_tokens,
        temperature=temperature,
        top_p=1,
        frequency_penalty=0.5,
        presence_penalty=0.0,
    )
    return response.choices[0].text.strip()


for item in PRODUCTS:
    print(f"=== {item['product']} ===")
    for kind in TEMPLATES:
        out = generate(kind, **item) if kind != "tweet" else generate(kind, max_tokens=12, **item)
        print(f"{kind:>14}: {out}")
