# %%
import openai

prompts = ["Capital of Italy:", "Capital of Spain:", "Capital of Japan:"]

# %%
completions = []
for prompt in prompts:
    completions.append(openai.Completion.create(model="text-davinci-003", prompt=prompt,
                                                max_tokens=10, temperature=0))

# %%
print("{:<20} | {}".format("prompt", "answer"))
print("-" * 40)
for prompt, completion in zip(prompts, completions):
    print("{:<20} | {}".format(prompt, completion["choices"][0]["text"].strip()))
