# coding: utf-8
# Exported from playground.ipynb

# In[1]:


import os
import openai

openai.api_key = os.getenv("OPENAI_API_KEY")


# In[2]:


response = openai.Completion.create(
    model="text-davinci-003",
    prompt="Suggest a name for a coffee shop run by cats",
    max_tokens=32,
)
name = response["choices"][0]["text"].strip()
print(name)


# In[3]:


response = openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[
        {"role": "system", "content": "You write slogans."},
        {"role": "user", "content": "Write a slogan for " + name},
    ],
)
slogan = response["choices"][0]["message"]["content"]
print(slogan)


# In[4]:


response = openai.Embedding.create(input=[name, slogan], model="text-embedding-ada-002")
vectors = [d["embedding"] for d in response["data"]]
dot = sum(a * b for a, b in zip(vectors[0], vectors[1]))
print(len(vectors), len(vectors[0]))
print(round(dot, 4))


# In[5]:


print(response["usage"]["total_tokens"])
