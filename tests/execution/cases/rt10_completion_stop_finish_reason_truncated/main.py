import openai

PROMPTS = [
    "Name a colour. Q: then explain at length why it is your favourite colour of all",
    "Say yes",
    "Count from one to ten in words please",
]

truncated = 0
for prompt in PROMPTS:
    resp = openai.Completion.create(
        model="text-davinci-003",
        prompt=prompt,
        max_tokens=5,
        stop=["Q:"],
    )
    choice = resp["choices"][0]
    if choice["finish_reason"] == "length":
        truncated += 1
    print(f"{choice['finish_reason']:6s} {choice['text']!r}")
print("truncated:", truncated)
