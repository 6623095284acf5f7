import openai

from copywriter.library import LIBRARY


def write(kind, product):
    prompt = LIBRARY["prompts"][kind].format(product=product)
    response = openai.Completion.create(
        engine=LIBRARY["engine"],
        prompt=prompt,
        max_tokens=9,
    )
    return response["choices"][0]["text"].strip()
