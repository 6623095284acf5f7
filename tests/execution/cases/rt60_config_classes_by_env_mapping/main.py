import os

import openai

from config import config_by_name

cfg = config_by_name[os.getenv("FLASK_ENV", "development")]
openai.api_key = cfg.OPENAI_API_KEY


def generate_tagline(product):
    response = openai.Completion.create(
        model=cfg.COMPLETION_MODEL,
        prompt=f"Write a tagline for {product}.",
        max_tokens=cfg.MAX_TOKENS,
        temperature=cfg.TEMPERATURE,
    )
    choice = response.choices[0]
    return choice.text.strip(), choice.finish_reason


for product in ["a solar powered kettle", "noise cancelling earmuffs for dogs"]:
    text, finish = generate_tagline(product)
    print(f"{product}: {text} ({finish})")
print("debug:", cfg.DEBUG)
