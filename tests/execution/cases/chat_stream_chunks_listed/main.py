import openai


def stream_answer(question):
    chunks = list(openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        stream=True,
        max_tokens=5,
    ))
    text = "".join(c["choices"][0]["delta"].get("content") or "" for c in chunks)
    finish = chunks[-1]["choices"][0]["finish_reason"]
    return text, finish, len(chunks)


if __name__ == "__main__":
    text, finish, count = stream_answer("Please describe the water cycle in detail")
    print(text)
    print(finish, count)
