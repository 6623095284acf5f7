# %%
import openai

# %%
response = openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[{"role": "user", "content": "Suggest a name for a pet turtle"}],
    n=3,
)
names = [choice["message"]["content"] for choice in response["choices"]]
print(names)
print("distinct:", len(set(names)))
print([c.index for c in response.choices])
