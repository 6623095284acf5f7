import json
import os

import openai


def load_settings(path="settings.json"):
    with open(path) as handle:
        settings = json.load(handle)
    settings["api_key"] = os.environ.get(settings.pop("api_key_env"))
    return settings


def ask(question, model):
    response = openai.ChatCompletion.create(model=model, messages=[{"role": "user", "content": question}])
    return response.choices[0].message.content


def main():
    settings = load_settings()
    openai.api_key = settings["api_key"]
    print(ask("What is a haiku?", settings["model"]))


if __name__ == "__main__":
    main()
