import configparser
import os

import openai

cfg = configparser.ConfigParser()
cfg.read(os.path.join(os.path.dirname(os.path.abspath(__file__)), "llm.ini"))
PROVIDER = cfg["llm"]["provider"]

if PROVIDER == "azure":
    openai.api_type = "azure"
    openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
    openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]
    openai.api_version = cfg["azure"]["api_version"]
else:
    openai.api_key = os.environ["OPENAI_API_KEY"]


def generate(prompt):
    if PROVIDER == "azure":
        response = openai.ChatCompletion.create(
            engine=cfg["azure"]["deployment"], messages=[{"role": "user", "content": prompt}]
        )
    else:
        response = openai.ChatCompletion.create(
            model=cfg["openai"]["model"], messages=[{"role": "user", "content": prompt}]
        )
    return response["choices"][0]["message"]["content"]


print("provider:", PROVIDER)
print(generate("Suggest a name for a code review bot"))
