import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

# price per 1K tokens (USD), from the pricing page, March 2023
PRICES = {
    "text-davinci-003": 0.02,
    "gpt-3.5-turbo": 0.002,
}

COMPLETION_MODEL = "text-davinci-003"
CHAT_MODEL = "gpt-3.5-turbo"

total_cost = 0.0

response = openai.Completion.create(
    model=COMPLETION_MODEL,
    prompt="List three primary colors.",
    max_tokens=30,
)
print(response["choices"][0]["text"].strip())
tokens = response["usage"]["total_tokens"]
cost = tokens / 1000 * PRICES[COMPLETION_MODEL]
total_cost += cost
print(f"{COMPLETION_MODEL}: {tokens} tokens, ${cost:.5f}")

response = openai.ChatCompletion.create(
    model=CHAT_MODEL,
    messages=[{"role": "user", "content": "List three primary colors."}],
)
print(response["choices"][0]["message"]["content"])
tokens = response["usage"]["total_tokens"]
cost = tokens / 1000 * PRICES[CHAT_MODEL]
total_cost += cost
print(f"{CHAT_MODEL}: {tokens} tokens, ${cost:.5f}")

print(f"total: ${total_cost:.5f}")
