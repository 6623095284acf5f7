import json
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

TEMPLATE = "Write a product description for: {product}\n\nDescription:"


def complete_endpoint(body):
    response = openai.Completion.create(
        engine="text-davinci-003",
        prompt=TEMPLATE.format(product=body["product"]),
        max_tokens=120,
        temperature=0.7,
        stop=["\n\n"],
    )
    choice = response.choices[0]
    return {
        "text": choice.text.strip(),
        "finish_reason": choice.finish_reason,
        "usage": response["usage"],
    }


if __name__ == "__main__":
    for product in ["a solar lamp", "noise-cancelling headphones"]:
        print(json.dumps(complete_endpoint({"product": product}), sort_keys=True))
