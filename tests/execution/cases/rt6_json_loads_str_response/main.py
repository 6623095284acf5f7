import json

import openai

response = openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[{"role": "user", "content": "Name three colors"}],
)
data = json.loads(str(response))
print(data["choices"][0]["message"]["content"])
print(data["usage"]["total_tokens"])
