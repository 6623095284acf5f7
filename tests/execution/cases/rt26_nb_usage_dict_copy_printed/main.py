# %%
import openai

usage_log = []

# %%
response = openai.Completion.create(model="text-davinci-003", prompt="Name a river", max_tokens=8)
print(response["choices"][0]["text"].strip())
usage_log.append(dict(response["usage"]))

# %%
response = openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[{"role": "user", "content": "Name a mountain"}],
)
print(response["choices"][0]["message"]["content"])
usage_log.append(dict(response["usage"]))

# %%
for entry in usage_log:
    print(entry)
print(sum(e["total_tokens"] for e in usage_log))
