import os

import openai

HERE = os.path.dirname(os.path.abspath(__file__))


def load_env_file(path):
    values = {}
    with open(path) as handle:
        for raw in handle:
            line = raw.strip()
            if not line or line.startswith("#") or "=" not in line:
                continue
            key, value = line.split("=", 1)
            values[key.strip()] = os.path.expandvars(value.strip())
    return values


cfg = load_env_file(os.path.join(HERE, "azure.env"))

openai.api_type = "azure"
openai.api_base = cfg["AZURE_ENDPOINT"]
openai.api_version = cfg["AZURE_API_VERSION"]
openai.api_key = cfg["AZURE_KEY"]


def answer(ticket):
    completion = openai.ChatCompletion.create(
        engine=cfg["CHAT_DEPLOYMENT"],
        messages=[
            {"role": "system", "content": "Answer support tickets briefly."},
            {"role": "user", "content": ticket},
        ],
        max_tokens=200,
    )
    return completion.choices[0].message.content.strip()


for ticket in ["My VPN drops every hour", "Printer on floor 3 is offline"]:
    print("-", answer(ticket))
