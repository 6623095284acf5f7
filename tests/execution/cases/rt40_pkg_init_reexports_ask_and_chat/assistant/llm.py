import openai

from .config import CHAT_MODEL, COMPLETION_MODEL, MAX_TOKENS


def ask(prompt):
    response = openai.Completion.create(
        model=COMPLETION_MODEL,
        prompt=prompt,
        max_tokens=MAX_TOKENS,
        temperature=0,
    )
    return response.choices[0].text.strip()


def chat(messages):
    response = openai.ChatCompletion.create(model=CHAT_MODEL, messages=messages)
    return response["choices"][0]["message"]["content"]
