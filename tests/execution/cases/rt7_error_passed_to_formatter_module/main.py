import openai

from errors import describe


def classify(text, model):
    try:
        resp = openai.ChatCompletion.create(
            model=model, messages=[{"role": "user", "content": text}]
        )
        return resp.choices[0].message.content
    except openai.error.OpenAIError as e:
        return "failed: " + describe(e)


if __name__ == "__main__":
    print(classify("positive or negative: great movie", "gpt-3.5-turbo"))
    print(classify("positive or negative: great movie", "gpt-3.5-turbo-typo"))
