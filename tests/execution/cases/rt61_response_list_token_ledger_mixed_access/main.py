import openai

PROMPTS = [
    "Write a slogan for a bakery",
    "Write a slogan for a bike shop",
    "Write a slogan for a library",
]

responses = []
for p in PROMPTS:
    r = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": p}],
        temperature=0.7,
    )
    responses.append(r)

prompt_tokens = sum(r.usage.prompt_tokens for r in responses)
completion_tokens = sum(r["usage"]["completion_tokens"] for r in responses)
print("prompt tokens:", prompt_tokens)
print("completion tokens:", completion_tokens)
longest = max(responses, key=lambda r: len(r["choices"][0]["message"]["content"]))
print("longest:", longest.choices[0].message.content)
