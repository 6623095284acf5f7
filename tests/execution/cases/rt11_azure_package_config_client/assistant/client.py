import openai

from .config import AZURE_API_KEY, AZURE_API_VERSION, AZURE_ENDPOINT, CHAT_DEPLOYMENT, SYSTEM_PROMPT

openai.api_type = "azure"
openai.api_base = AZURE_ENDPOINT
openai.api_version = AZURE_API_VERSION
openai.api_key = AZURE_API_KEY


def ask(question, history=None):
    messages = [{"role": "system", "content": SYSTEM_PROMPT}]
    messages += history or []
    messages.append({"role": "user", "content": question})
    response = openai.ChatCompletion.create(engine=CHAT_DEPLOYMENT, messages=messages)
    return response["choices"][0]["message"]["content"]
