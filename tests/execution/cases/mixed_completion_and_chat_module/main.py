import openai


def legacy_answer(q):
    r = openai.Completion.create(model="text-davinci-003", prompt=q)
    return r["choices"][0]["text"].strip()


def chat_answer(q):
    r = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=[{"role": "user", "content": q}])
    return r["choices"][0]["message"]["content"].strip()


def main():
    q = "Why is the sky blue?"
    print(legacy_answer(q))
    print(chat_answer(q))
    print(legacy_answer(q) == chat_answer(q))


if __name__ == "__main__":
    main()
