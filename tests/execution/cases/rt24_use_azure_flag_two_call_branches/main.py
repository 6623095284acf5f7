import os

import openai

USE_AZURE = os.environ.get("USE_AZURE", "1") == "1"
AZURE_DEPLOYMENT = "chat"
OPENAI_MODEL = "gpt-3.5-turbo"


def configure():
    if USE_AZURE:
        openai.api_type = "azure"
        openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
        openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]
        openai.api_version = "2023-05-15"
    else:
        openai.api_key = os.environ["OPENAI_API_KEY"]


configure()


def chat(messages):
    if USE_AZURE:
        response = openai.ChatCompletion.create(engine=AZURE_DEPLOYMENT, messages=messages)
    else:
        response = openai.ChatCompletion.create(model=OPENAI_MODEL, messages=messages)
    return response["choices"][0]["message"]["content"]


history = [{"role": "system", "content": "You are a travel agent."}]
for question in ["Cheapest month to fly to Lisbon?", "And to Porto?"]:
    history.append({"role": "user", "content": question})
    reply = chat(history)
    history.append({"role": "assistant", "content": reply})
    print(reply)
