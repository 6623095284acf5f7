import openai

PRICE_PER_1K = 0.02
SNIPPETS = [
    "i has a apple",
    "the dogs is barking loud at night",
]

total_tokens = 0
for snippet in SNIPPETS:
    resp = openai.Edit.create(
        engine="text-davinci-edit-001",
        input=snippet,
        instruction="Correct the grammar",
    )
    total_tokens += resp["usage"]["total_tokens"]
    print(resp["choices"][0]["text"])
print(f"tokens: {total_tokens}, cost: ${total_tokens / 1000 * PRICE_PER_1K:.5f}")
