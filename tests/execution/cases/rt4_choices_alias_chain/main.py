import openai


def best_answer(question):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        n=2,
    )
    choices = response["choices"]
    if not choices:
        return None
    first = choices[0]
    message = first["message"]
    role, content = message["role"], message["content"]
    return f"{role}: {content} ({first['finish_reason']}, {len(choices)} choices)"


if __name__ == "__main__":
    print(best_answer("Why is the sky blue?"))
