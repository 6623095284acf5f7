import openai

from settings import COMPLETION_MODEL


def complete(prompt, engine=COMPLETION_MODEL):
    response = openai.Completion.create(engine=engine, prompt=prompt, max_tokens=30, temperature=0)
    return response["choices"][0]["text"].strip()


if __name__ == "__main__":
    print(complete("Write a slogan for a bakery:"))
