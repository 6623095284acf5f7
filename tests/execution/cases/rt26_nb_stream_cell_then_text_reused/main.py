# %%
import sys

import openai

# %%
response = openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[{"role": "user", "content": "Write a short poem about rain"}],
    stream=True,
)
collected = []
for chunk in response:
    delta = chunk["choices"][0]["delta"]
    if "content" in delta:
        sys.stdout.write(delta["content"])
        collected.append(delta["content"])
print()
poem = "".join(collected)

# %%
response = openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[{"role": "user", "content": "Give a title to this poem: " + poem}],
)
print(response["choices"][0]["message"]["content"])
