import openai

import settings


def ask(q):
    r = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=[{"role": "user", "content": q}])
    return r["choices"][0]["message"]["content"]


if __name__ == "__main__":
    settings.apply()
    print("billing organization:", openai.organization)
    print(ask("hello"))
