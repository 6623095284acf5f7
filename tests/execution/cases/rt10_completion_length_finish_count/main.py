import openai

PROMPTS = {
    "short": "Say hi",
    "long": "Explain in detail how a transformer network processes a sentence",
    "medium": "Name the four seasons",
}

truncated = 0
for name, prompt in PROMPTS.items():
    resp = openai.Completion.create(model="text-babbage-001", prompt=prompt, max_tokens=5)
    choice = resp["choices"][0]
    if choice["finish_reason"] == "length":
        truncated += 1
    print(f"{name:6s} finish={choice['finish_reason']:6s} words={len(choice['text'].split())}")
print(f"{truncated}/{len(PROMPTS)} answers hit max_tokens")
