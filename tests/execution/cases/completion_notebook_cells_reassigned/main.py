# %% [markdown]
# Exploring the API (exported from a notebook)

# %%
import os
import openai
openai.api_key = os.getenv("OPENAI_API_KEY")

# %%
response = openai.Completion.create(
  model="text-davinci-003",
  prompt="Write a haiku about autumn",
  temperature=0.7,
  max_tokens=64,
  top_p=1,
  frequency_penalty=0,
  presence_penalty=0
)
print(response["choices"][0]["text"].strip())
print(response["usage"]["total_tokens"])

# %%
response = openai.ChatCompletion.create(
  model="gpt-3.5-turbo",
  messages=[{"role": "user", "content": "Write a haiku about winter"}],
)
print(response.choices[0].message["content"])

# %%
response = openai.Embedding.create(input="autumn leaves", model="text-embedding-ada-002")
embedding = response["data"][0]["embedding"]
print(len(embedding))
