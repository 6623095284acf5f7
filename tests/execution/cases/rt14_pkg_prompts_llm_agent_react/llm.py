import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

COMPLETION_MODEL = "text-davinci-003"
CHAT_MODEL = "gpt-3.5-turbo"


def complete(prompt, stop=None, max_tokens=128):
    response = openai.Completion.create(
        model=COMPLETION_MODEL,
        prompt=prompt,
        max_tokens=max_tokens,
        temperature=0,
        stop=stop,
    )
    return response["choices"][0]["text"]


def chat(system, user):
    response = openai.ChatCompletion.create(
        model=CHAT_MODEL,
        messages=[{"role": "system", "content": system}, {"role": "user", "content": user}],
        temperature=0,
    )
    return response["choices"][0]["message"]["content"]
