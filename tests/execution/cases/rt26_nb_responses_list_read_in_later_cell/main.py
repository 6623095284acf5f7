# %% [markdown]
# ## Batch of prompts, kept for later analysis

# %%
import openai

prompts = ["Tell me a joke about dogs", "Tell me a joke about cats", "Tell me a joke about fish"]
responses = []

# %%
for p in prompts:
    r = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": p}],
        max_tokens=100,
    )
    responses.append(r)

print(len(responses), "responses")

# %%
# analyse the results
for i, r in enumerate(responses):
    print(i, r.choices[0].message.content, r.choices[0].finish_reason)

# %%
total = sum(r["usage"]["total_tokens"] for r in responses)
print("total tokens:", total)
print("average: %.1f" % (total / len(responses)))
