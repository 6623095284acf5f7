import openai

from . import config


def candidates(prompt, n=config.CANDIDATES, max_tokens=24):
    response = openai.Completion.create(
        model=config.GENERATOR_MODEL,
        prompt=prompt,
        n=n,
        max_tokens=max_tokens,
        temperature=0.9,
    )
    ordered = sorted(response.choices, key=lambda choice: choice.index)
    return [(choice.index, choice.text.strip(), choice.finish_reason) for choice in ordered]
