import openai

MODEL = "gpt-3.5-turbo"


def answer(history):
    try:
        r = openai.ChatCompletion.create(model=MODEL, messages=history)
        return r["choices"][0]["message"]["content"]
    except openai.error.InvalidRequestError as e:
        return f"Sorry, the request was rejected ({e})"


if __name__ == "__main__":
    print(answer([{"role": "user", "content": "What is 2+2?"}]))
    print(answer([]))
