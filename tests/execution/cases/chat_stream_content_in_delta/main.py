import sys

import openai


def stream_answer(question):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        stream=True,
    )
    collected = []
    for chunk in response:
        delta = chunk["choices"][0]["delta"]
        if "content" in delta:
            sys.stdout.write(delta["content"])
            collected.append(delta["content"])
    sys.stdout.write("\n")
    return "".join(collected)


if __name__ == "__main__":
    full = stream_answer("Tell me a fun fact about otters")
    print(len(full.split()))
