import openai

from settings import OPENAI_OPTIONS


def classify(text):
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": f"Classify: {text}"}],
        **OPENAI_OPTIONS,
    )
    return resp["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(classify("my card was charged twice"))
