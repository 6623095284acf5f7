import openai

PROMPT = "Suggest a name for a coffee shop run by robots:"
TEMPERATURES = [0.0, 0.5, 1.0]

for t in TEMPERATURES:
    completion = openai.Completion.create(
        model="text-davinci-003",
        prompt=PROMPT,
        temperature=t,
        max_tokens=12,
    )
    print(f"T={t:.1f}: {completion['choices'][0]['text'].strip()}")
