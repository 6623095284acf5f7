import configparser
import os

import openai

DEFAULTS = """
[llm]
temperature = 0.3
max_tokens = 25
"""

parser = configparser.ConfigParser()
parser.read_string(DEFAULTS)
parser.read(os.path.expanduser("~/.config/headline-bot/does-not-exist.ini"))

openai.api_key = os.getenv("OPENAI_API_KEY")


def headline(article):
    llm = parser["llm"]
    out = openai.Completion.create(
        model=llm.get("model", fallback="text-davinci-003"),
        prompt=f"Write a headline for this article:\n{article}\nHeadline:",
        temperature=llm.getfloat("temperature"),
        max_tokens=llm.getint("max_tokens"),
    )
    return out["choices"][0]["text"].strip()


print(headline("City council approves new bike lanes downtown"))
print(headline("Local bakery wins national award"))
