import functools

import openai

ask = functools.partial(openai.ChatCompletion.create, model="gpt-3.5-turbo", temperature=0)


def one_liner(question):
    resp = ask(messages=[{"role": "user", "content": question}])
    return resp["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(one_liner("Why is the sky blue?"))
