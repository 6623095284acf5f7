"""Slogan generator for the marketing team's Slack command /slogan <product>."""
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

ENGINE = "text-davinci-003"


def slogans(product, requested_by, n=3):
    response = openai.Completion.create(
        engine=ENGINE,
        prompt=f"Write a catchy one-line slogan for {product}.\n",
        max_tokens=24,
        temperature=0.9,
        n=n,
        user=requested_by,
    )
    seen, out = set(), []
    for choice in sorted(response.choices, key=lambda c: c.index):
        text = choice.text.strip()
        if text not in seen:
            seen.add(text)
            out.append((choice.index, text))
    return out, len(response.choices)


def slash_command(event):
    product = event["text"].strip() or "our product"
    lines, asked = slogans(product, event["user_id"], n=int(event.get("n", 3)))
    body = "\n".join(f"{i + 1}. {text}" for i, text in lines)
    return f"{asked} ideas for {product}, {len(lines)} distinct:\n{body}"


print(slash_command({"text": "a solar-powered lamp", "user_id": "U123"}))
print(slash_command({"text": "", "user_id": "U456", "n": 2}))
