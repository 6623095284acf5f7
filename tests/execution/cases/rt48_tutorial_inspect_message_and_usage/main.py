import json
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

response = openai.ChatCompletion.create(
    model="gpt-4",
    messages=[{"role": "user", "content": "Name the planets closest to the sun."}],
    temperature=0,
)

message = response.choices[0].message
print("keys of the message:", sorted(message.keys()))
print("content via get:", message.get("content"))
print("name via get:", message.get("name", "<no name>"))
print("message as json:", json.dumps(message, sort_keys=True))
print("usage:")
print(response.usage)
usage = response["usage"]
print("prompt share: {:.0%}".format(usage["prompt_tokens"] / usage["total_tokens"]))
print("finish:", response.choices[0]["finish_reason"])
