import os

import openai

openai.organization = os.getenv("OPENAI_ORGANIZATION", "org-a1b2c3d4e5f6")
openai.api_key = os.getenv("OPENAI_API_KEY")


def generate_tagline(product):
    completion = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "You write short marketing taglines."},
            {"role": "user", "content": f"Product: {product}"},
        ],
    )
    return completion.choices[0].message.content


if __name__ == "__main__":
    print("org:", openai.organization)
    for product in ["solar lamp", "bamboo toothbrush"]:
        print("-", generate_tagline(product))
