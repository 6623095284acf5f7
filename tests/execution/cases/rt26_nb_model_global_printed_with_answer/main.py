# %%
import openai

question = "What is the boiling point of water?"

# %%
model = "gpt-3.5-turbo"
response = openai.ChatCompletion.create(model=model, messages=[{"role": "user", "content": question}])
print(model + ":", response["choices"][0]["message"]["content"])

# %%
model = "gpt-4"
response = openai.ChatCompletion.create(model=model, messages=[{"role": "user", "content": question}])
print(model + ":", response["choices"][0]["message"]["content"])
