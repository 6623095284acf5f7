"""Works with both openai SDK generations (the README says 'pip install openai')."""
import os

import openai

try:
    from openai import OpenAI  # openai>=1.0
    _client = OpenAI(api_key=os.getenv("OPENAI_API_KEY"))
except ImportError:  # openai<1.0
    _client = None
    openai.api_key = os.getenv("OPENAI_API_KEY")

CHAT_MODEL = "gpt-3.5-turbo"


def chat(messages):
    if _client is not None:
        response = _client.chat.completions.create(model=CHAT_MODEL, messages=messages)
        return response.choices[0].message.content
    response = openai.ChatCompletion.create(model=CHAT_MODEL, messages=messages)
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(chat([{"role": "user", "content": "Name three primary colors."}]))
    print(chat([{"role": "system", "content": "Answer in French."},
                {"role": "user", "content": "Good night"}]))
