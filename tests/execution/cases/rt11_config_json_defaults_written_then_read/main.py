"""CLI note summarizer. Settings live in config.json (created with defaults on first run)."""
import json
import os
import sys
import tempfile

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

DEFAULT_CONFIG = {
    "model": "gpt-3.5-turbo",
    "system_prompt": "Summarize the note as a bullet list.",
    "request_timeout": 30,
}


def load_config(path):
    if not os.path.isfile(path):
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(DEFAULT_CONFIG, fh, indent=4)
        print(f"wrote default config to {os.path.basename(path)}")
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def summarize(note, config):
    response = openai.ChatCompletion.create(
        model=config["model"],
        messages=[
            {"role": "system", "content": config["system_prompt"]},
            {"role": "user", "content": note},
        ],
        request_timeout=config["request_timeout"],
    )
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    with tempfile.TemporaryDirectory() as home:
        config = load_config(os.path.join(home, "config.json"))
        note = " ".join(sys.argv[1:]) or "Buy milk, call Anna, renew passport"
        print(summarize(note, config))
