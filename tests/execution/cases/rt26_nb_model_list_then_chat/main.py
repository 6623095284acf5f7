# %%
import openai

# %%
models = openai.Model.list()
chat_ids = sorted(m["id"] for m in models["data"] if m["id"].startswith("gpt-"))
print(len(chat_ids) > 0)

# %%
model = "gpt-3.5-turbo"
response = openai.ChatCompletion.create(model=model, messages=[{"role": "user", "content": "ping"}])
print(response["choices"][0]["message"]["content"])
