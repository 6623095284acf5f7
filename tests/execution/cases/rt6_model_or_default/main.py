import os

import openai

DEFAULT_MODEL = "gpt-3.5-turbo"


def chat(prompt, model=None, use_gpt4=False):
    model = model or os.environ.get("CHAT_MODEL_OVERRIDE") or ("gpt-4" if use_gpt4 else DEFAULT_MODEL)
    response = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": prompt}],
    )
    return response["choices"][0]["message"]["content"]


print(chat("Hello"))
print(chat("Write a limerick", use_gpt4=True))
