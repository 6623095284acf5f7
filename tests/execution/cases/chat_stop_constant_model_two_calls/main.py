import openai

CHAT_MODEL = "gpt-3.5-turbo-0613"
STOP = ["\n\n", "User:"]


def first_paragraph(text):
    out = openai.ChatCompletion.create(
        model=CHAT_MODEL,
        messages=[{"role": "user", "content": text}],
        stop=STOP,
    )
    return out["choices"][0]["message"]["content"].strip()


def full(text):
    out = openai.ChatCompletion.create(model=CHAT_MODEL, messages=[{"role": "user", "content": text}])
    return out.choices[0].message.content


if __name__ == "__main__":
    print(first_paragraph("One.\n\nTwo.\n\nThree."))
    print(full("Alpha User: Beta"))
    print(first_paragraph("Alpha User: Beta"))
