import openai

MODEL = "gpt-3.5-turbo"


def until_end(text):
    r = openai.ChatCompletion.create(model=MODEL, messages=[{"role": "user", "content": text}], stop="END")
    choice = r["choices"][0]
    return choice["message"]["content"], choice["finish_reason"]


if __name__ == "__main__":
    print(until_end("keep going END ignored"))
