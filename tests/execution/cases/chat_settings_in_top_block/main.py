import os

import openai

try:
    openai.api_key = os.environ["OPENAI_API_KEY"]
except KeyError:
    raise SystemExit("set OPENAI_API_KEY")
if os.environ.get("OPENAI_API_BASE"):
    openai.api_base = os.environ["OPENAI_API_BASE"]
else:
    openai.api_base = os.environ["OPENAI_BASE_URL"]


def ask(question):
    reply = openai.ChatCompletion.create(model="gpt-4-0613", messages=[{"role": "user", "content": question}])
    return reply.choices[0].message.content


print(ask("Name a planet") != "")
