import configparser
import os

import openai

HERE = os.path.dirname(os.path.abspath(__file__))

config = configparser.ConfigParser()
config.read(os.path.join(HERE, "settings.ini"))

openai.api_key = os.environ.get("OPENAI_API_KEY")

MODEL = config.get("openai", "model")
MAX_TOKENS = config.getint("openai", "max_tokens")


def suggest(ingredients):
    response = openai.ChatCompletion.create(
        model=MODEL,
        messages=[{"role": "user", "content": "Suggest a dish with " + ", ".join(ingredients)}],
        max_tokens=MAX_TOKENS,
    )
    return response.choices[0].message.content


print(config["app"]["greeting"])
print(suggest(["eggs", "spinach", "feta"]))
print(suggest(["rice", "beans"]))
