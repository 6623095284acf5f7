"""Generate product blurbs, then print a cost report."""
import openai

PRICE_PER_1K = 0.02
PRODUCTS = ["noise cancelling headphones", "a bamboo cutting board", "a hiking backpack"]

responses = []
for product in PRODUCTS:
    prompt = f"Write a one sentence product description for {product}."
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=prompt,
        max_tokens=60,
        temperature=0.7,
    )
    responses.append((product, response))

total_cost = 0.0
for product, response in responses:
    tokens = response["usage"]["total_tokens"]
    cost = tokens / 1000 * PRICE_PER_1K
    total_cost += cost
    text = response["choices"][0]["text"].strip()
    print(f"{product}: {text} [{response['choices'][0]['finish_reason']}, ${cost:.5f}]")
print(f"total: ${total_cost:.5f}")
