import openai

from settings import CHAT_MODEL, client


def tags(text):
    messages = [{"role": "user", "content": "Comma-separated tags for: " + text}]
    if client is not None:
        reply = client.chat.completions.create(model=CHAT_MODEL, messages=messages)
        return reply.choices[0].message.content
    reply = openai.ChatCompletion.create(model=CHAT_MODEL, messages=messages)
    return reply.choices[0].message.content
