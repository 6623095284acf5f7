import openai

PRICE_PER_1K = 0.02  # text-davinci-003


def stream_completion(prompt):
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=prompt,
        max_tokens=100,
        stream=True,
    )
    text = ""
    tokens = 0
    for chunk in response:
        tokens += 1  # the API sends one token per chunk
        text += chunk["choices"][0]["text"]
    return text, tokens


text, tokens = stream_completion("Write a haiku about autumn leaves")
print(text.strip())
print(f"completion tokens: {tokens}, cost: ${tokens * PRICE_PER_1K / 1000:.5f}")
