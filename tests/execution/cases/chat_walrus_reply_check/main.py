import openai


def first_nonempty(questions):
    for q in questions:
        if (reply := openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": q}],
        )["choices"][0]["message"]["content"].strip()):
            return q, reply
    return None, ""


def main():
    question, reply = first_nonempty(["What rhymes with cat?", "Anything?"])
    print(question)
    print(reply)
    if (n := len(reply.split())) > 2:
        print("long answer", n)


if __name__ == "__main__":
    main()
