import sys

import openai

model = sys.argv[1] if len(sys.argv) > 1 else "gpt-3.5-turbo"
n_runs = int(sys.argv[2]) if len(sys.argv) > 2 else 2

prompt = "Give me a name for a pet turtle."
names = []
for i in range(n_runs):
    resp = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": f"{prompt} (run {i})"}],
        max_tokens=16,
    )
    names.append(resp["choices"][0]["message"]["content"])
print("\n".join(names))
