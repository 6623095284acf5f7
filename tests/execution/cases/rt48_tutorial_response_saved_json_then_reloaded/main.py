import json
import os
import tempfile

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

cache_path = os.path.join(tempfile.mkdtemp(), "last_response.json")

# Call the API once and save the raw response so we can play with it offline
response = openai.ChatCompletion.create(
    model="gpt-3.5-turbo",
    messages=[{"role": "user", "content": "Give me a fun fact about octopuses."}],
    max_tokens=60,
)
print("live:", response["choices"][0]["message"]["content"])
with open(cache_path, "w") as f:
    json.dump(response, f, indent=2)

# Later in the notebook: load it back instead of paying for another call
with open(cache_path) as f:
    response = json.load(f)
print("cached:", response["choices"][0]["message"]["content"])
print("cached role:", response["choices"][0]["message"]["role"])
print("cached tokens:", response["usage"]["total_tokens"])
print("cached type:", type(response).__name__)
