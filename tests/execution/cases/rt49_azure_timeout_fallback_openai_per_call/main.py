"""Azure is the primary; when it is slow or unreachable the request goes to OpenAI instead."""
import os

import openai

openai.api_type = "azure"
openai.api_base = os.environ["AZURE_OPENAI_ENDPOINT"]
openai.api_key = os.environ["AZURE_OPENAI_API_KEY"]
openai.api_version = "2023-05-15"

FALLBACK = {
    "api_type": "open_ai",
    "api_base": os.environ["OPENAI_API_BASE"],
    "api_key": os.environ["OPENAI_API_KEY"],
    "api_version": None,
}


def ask(question, timeout=0.8):
    messages = [{"role": "user", "content": question}]
    try:
        r = openai.ChatCompletion.create(engine="chat", messages=messages,
                                         request_timeout=timeout)
        return "azure", r["choices"][0]["message"]["content"]
    except (openai.error.Timeout, openai.error.APIConnectionError) as e:
        print(f"  azure failed ({'timeout' if isinstance(e, openai.error.Timeout) else 'conn'})")
    r = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages,
                                     request_timeout=10, **FALLBACK)
    return "openai", r["choices"][0]["message"]["content"]


print(*ask("Quick one: 2+2?"))
print(*ask("Write an essay on entropy [slow]"))
print(*ask("Another quick one: 3+3?"))
