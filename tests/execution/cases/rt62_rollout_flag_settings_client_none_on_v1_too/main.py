import openai

from settings import client


def ask(q):
    messages = [{"role": "user", "content": q}]
    if client is not None:
        r = client.chat.completions.create(model="gpt-3.5-turbo", messages=messages)
        return "new: " + r.choices[0].message.content
    r = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages)
    return "old: " + r["choices"][0]["message"]["content"]


def shout(q):
    r = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=[{"role": "user", "content": q}])
    return r.choices[0].message.content.upper()


if __name__ == "__main__":
    print(ask("is the rollout done?"))
    print(shout("not yet"))
