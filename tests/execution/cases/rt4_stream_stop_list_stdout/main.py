import sys

import openai


def stream_answer(question):
    collected = []
    for chunk in openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        stop=["STOP", "\n\n"],
        stream=True,
    ):
        delta = chunk["choices"][0]["delta"]
        piece = delta.get("content", "")
        if piece:
            sys.stdout.write(piece)
            sys.stdout.flush()
            collected.append(piece)
    sys.stdout.write("\n")
    return "".join(collected)


if __name__ == "__main__":
    text = stream_answer("count to three then STOP and say goodbye")
    print(len(text.split()))
