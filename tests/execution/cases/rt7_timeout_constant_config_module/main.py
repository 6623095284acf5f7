import openai

import config


def ask(question):
    try:
        resp = openai.ChatCompletion.create(
            model=config.MODEL,
            messages=[{"role": "user", "content": question}],
            request_timeout=config.REQUEST_TIMEOUT,
        )
    except openai.error.Timeout:
        return "timed out"
    return resp["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(ask("Quick question: what is 2+2?"))
    print(ask("[slow] Long question about history"))
