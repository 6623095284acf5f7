import openai


def ask_all(questions):
    answers = []
    for answer in questions:
        if not answer:
            break
    else:
        answer = None
    for q in questions:
        answer = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=[{"role": "user", "content": q}])
        answers.append(answer["choices"][0]["message"]["content"])
    return answers, answer is None


if __name__ == "__main__":
    print(ask_all(["one", "two"]))
