import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

prompts = [
    "Translate 'good morning' into French.",
    "What is 12 times 7?",
    "Give me a synonym for happy.",
]

# Compare the old davinci model with the new chat model on the same prompts
results = []
for prompt in prompts:
    response = openai.Completion.create(
        model="text-davinci-003",
        prompt=prompt,
        temperature=0,
        max_tokens=100,
    )
    davinci_answer = response.choices[0].text.strip()
    davinci_tokens = response.usage.total_tokens

    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "You are a helpful assistant."},
            {"role": "user", "content": prompt},
        ],
        temperature=0,
        max_tokens=100,
    )
    chat_answer = response.choices[0].message.content
    chat_tokens = response.usage.total_tokens
    results.append((prompt, davinci_answer, davinci_tokens, chat_answer, chat_tokens))

for prompt, d, dt, c, ct in results:
    print("PROMPT:", prompt)
    print("  davinci:", d, f"({dt} tokens)")
    print("  chat:   ", c, f"({ct} tokens)")

total = sum(r[2] + r[4] for r in results)
print("total tokens:", total)
