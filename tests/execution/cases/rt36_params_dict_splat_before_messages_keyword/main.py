import openai

params = {'model': 'gpt-3.5-turbo', 'temperature': 0.2, 'max_tokens': 200}

SYSTEM_PROMPT = "You are a copywriter. Answer with one short sentence."


def describe(product):
    msgs = [
        {"role": "system", "content": SYSTEM_PROMPT},
        {"role": "user", "content": f"Describe {product} for an online shop."},
    ]
    response = openai.ChatCompletion.create(**params, messages=msgs)
    return response.choices[0].message.content


if __name__ == "__main__":
    for item in ["a bamboo toothbrush", "a folding kayak", "a cast iron pan"]:
        print("-", describe(item))
