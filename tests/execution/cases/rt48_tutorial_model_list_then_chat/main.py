import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

# List the models your key can use
models = openai.Model.list()
print("Have models:", len(models["data"]) > 0)
print("Object types:", sorted({m["object"] for m in models["data"]}))
ids = [m.id for m in models.data]
print("All ids are strings:", all(isinstance(i, str) for i in ids))

# Now talk to one of them
response = openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[{"role": "user", "content": "Say hello"}],
)
print(response.choices[0].message.content)
