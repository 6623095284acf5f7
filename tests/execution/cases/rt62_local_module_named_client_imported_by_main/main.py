import openai

import client


def classify(text):
    r = openai.ChatCompletion.create(
        model="gpt-4",
        messages=[{"role": "system", "content": "Reply positive or negative."},
                  {"role": "user", "content": text}],
    )
    return r.choices[0].message.content


if __name__ == "__main__":
    print(client.chat("Say hello"))
    print(client.complete("Once upon a time"))
    print(classify("I love this phone"))
