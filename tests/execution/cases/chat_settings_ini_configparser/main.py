"""Support-desk reply drafts; the model and sampling come from settings.ini."""
import configparser
import os

import openai

HERE = os.path.dirname(os.path.abspath(__file__))
config = configparser.ConfigParser()
config.read(os.path.join(HERE, "settings.ini"))


def draft(ticket):
    section = config["openai"]
    response = openai.ChatCompletion.create(
        model=section["model"],
        temperature=section.getfloat("temperature"),
        messages=[{"role": "user", "content": ticket}],
    )
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(config["app"]["greeting"])
    print(draft("My order arrived damaged."))
