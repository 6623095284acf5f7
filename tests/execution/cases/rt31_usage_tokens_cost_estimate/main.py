import openai

PRICE_PER_1K = 0.02  # davinci, USD
prompts = [
    "Explain recursion to a child.",
    "Give a synonym for happy.",
    "Write a haiku about autumn leaves falling.",
]

total_tokens = 0
for prompt in prompts:
    response = openai.Completion.create(model="text-davinci-003", prompt=prompt, max_tokens=64)
    usage = response["usage"]
    total_tokens += usage["total_tokens"]
    print(f"{usage['prompt_tokens']:3d} + {usage['completion_tokens']:3d} tokens | "
          f"{response['choices'][0]['text'].strip()[:40]}")
print(f"total {total_tokens} tokens, about ${total_tokens / 1000 * PRICE_PER_1K:.5f}")
