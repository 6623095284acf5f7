# %%
import openai

# %%
response = openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[{"role": "user", "content": "Name a planet"}],
)
data = response.to_dict_recursive()
print(data["choices"][0]["message"]["content"])
print(data["usage"]["total_tokens"])
print(data["object"])
