import openai


def stream_answer(question):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        stream=True,
    )
    parts = []
    for chunk in response:
        content = chunk["choices"][0].get("delta", {}).get("content")
        if content is not None:
            parts.append(content)
    return "".join(parts)


def answer(question):
    response = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=[{"role": "user", "content": question}])
    return response["choices"][0].get("message", {}).get("content", "")


if __name__ == "__main__":
    print(stream_answer("Count to five please"))
    print(answer("Count to three please"))
