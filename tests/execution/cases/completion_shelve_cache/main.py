"""Slogan generator that keeps every completion in a shelve database."""
import os
import shelve
import tempfile

import openai

DB = os.path.join(tempfile.mkdtemp(), "slogans")


def slogan(product):
    with shelve.open(DB) as db:
        if product in db:
            return db[product] + " (cached)"
        completion = openai.Completion.create(
            engine="text-curie-001",
            prompt=f"Write a slogan for {product}:",
            max_tokens=20,
            temperature=0.7,
            stop=["\n"],
        )
        text = completion.choices[0].text.strip()
        db[product] = text
        return text


if __name__ == "__main__":
    for product in ["rain boots", "coffee beans", "rain boots"]:
        print(slogan(product))
