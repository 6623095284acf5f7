import openai

MODEL = "text-davinci-003"
# USD per 1K tokens, from the pricing page
PRICE_PER_1K = {
    "text-davinci-003": 0.02,
    "text-curie-001": 0.002,
    "gpt-3.5-turbo": 0.002,
}


def complete(prompt):
    response = openai.Completion.create(model=MODEL, prompt=prompt, max_tokens=50)
    tokens = response["usage"]["total_tokens"]
    cost = tokens / 1000 * PRICE_PER_1K[MODEL]
    return response["choices"][0]["text"], tokens, cost


if __name__ == "__main__":
    text, tokens, cost = complete("Explain recursion in one sentence")
    print(text)
    print(f"{tokens} tokens, ${cost:.5f}")
