import openai
from openai.error import InvalidRequestError as BadRequest


def ask(model):
    try:
        r = openai.ChatCompletion.create(model=model, messages=[{"role": "user", "content": "hi"}])
        return r["choices"][0]["message"]["content"]
    except BadRequest:
        return "rejected"


if __name__ == "__main__":
    print(ask("gpt-3.5-turbo"))
    print(ask("no-such-model"))
