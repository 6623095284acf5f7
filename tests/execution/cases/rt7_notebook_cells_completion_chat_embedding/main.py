# %% [markdown]
# # Exploring the OpenAI API
# Exported from a Jupyter notebook.

# %%
import os
import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

# %%
prompt = "Write a tagline for an ice cream shop."
response = openai.Completion.create(
    engine="text-davinci-003",
    prompt=prompt,
    max_tokens=64,
    temperature=0,
)
print(response.choices[0].text.strip())
print(response["usage"]["total_tokens"])

# %%
chat = openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[
        {"role": "system", "content": "You are a marketing expert."},
        {"role": "user", "content": prompt},
    ],
)
print(chat.choices[0].message["content"])

# %%
emb = openai.Embedding.create(input=[prompt, "Ice cream"], model="text-embedding-ada-002")
print(len(emb["data"]), len(emb.data[0].embedding))
