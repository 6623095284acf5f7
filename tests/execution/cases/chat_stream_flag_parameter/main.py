import openai


def chat(question, stream=False):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        stream=stream,
    )
    if stream:
        return "".join(c["choices"][0]["delta"].get("content", "") for c in response)
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(chat("first question"))
    print(chat("second question", stream=True))
