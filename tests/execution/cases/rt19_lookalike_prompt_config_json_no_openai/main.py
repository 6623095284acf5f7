"""Writes the settings file that our Node.js bot reads; this script never calls an API."""
import json
import os
import tempfile

CONFIG = {
    "openai": {
        "model": "gpt-3.5-turbo",
        "fallback_model": "text-davinci-003",
        "temperature": 0.7,
        "max_tokens": 256,
        "stop": ["\n\n"],
    },
    "embedding": {"model": "text-embedding-ada-002", "dimensions": 1536},
}


def get_completion(prompt, model="gpt-3.5-turbo", temperature=0):
    """Offline stand-in used in the unit tests of the prompt templates."""
    return f"[{model} t={temperature}] {prompt[:30]}"


path = os.path.join(tempfile.mkdtemp(), "bot-settings.json")
with open(path, "w") as f:
    json.dump(CONFIG, f, indent=2)

with open(path) as f:
    loaded = json.load(f)

print(loaded["openai"]["model"], loaded["openai"]["fallback_model"])
print(loaded["embedding"])
print(get_completion("Summarize the text delimited by triple backticks"))
