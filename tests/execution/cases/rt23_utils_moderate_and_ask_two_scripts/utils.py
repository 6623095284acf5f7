import openai

CHAT_MODEL = "gpt-3.5-turbo"


def is_flagged(text):
    result = openai.Moderation.create(input=text)
    return result["results"][0]["flagged"]


def ask(question, history=None):
    messages = list(history or []) + [{"role": "user", "content": question}]
    response = openai.ChatCompletion.create(model=CHAT_MODEL, messages=messages)
    return response["choices"][0]["message"]["content"]
