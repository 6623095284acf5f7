# %%
import openai

# %%
response = openai.Completion.create(
    model="text-davinci-003",
    prompt="List two fruits",
    max_tokens=20,
)
print(response.choices[0].text.strip())
print("%(prompt_tokens)d prompt + %(completion_tokens)d completion tokens" % response.usage)
