# %%
import json
import openai

# %%
response = openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[{"role": "user", "content": "Say hello"}],
)
message = response["choices"][0]["message"]
print(json.dumps(message, indent=2))
