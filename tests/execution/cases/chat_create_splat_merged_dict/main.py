import openai

BASE = {"model": "gpt-3.5-turbo", "temperature": 0.2, "max_tokens": 40}


def chat(messages, **overrides):
    response = openai.ChatCompletion.create(**{**BASE, **overrides, "messages": messages})
    choice = response["choices"][0]
    return choice["message"]["content"], choice["finish_reason"]


if __name__ == "__main__":
    print(chat([{"role": "user", "content": "Explain recursion briefly"}]))
    print(chat([{"role": "user", "content": "Explain recursion in a long essay please"}], max_tokens=3))
