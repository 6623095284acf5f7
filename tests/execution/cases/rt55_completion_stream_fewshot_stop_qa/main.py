import sys

import openai

FEW_SHOT = """Q: What is the boiling point of water?
A: 100 degrees Celsius.
Q: {question}
A:"""


def answer(question):
    response = openai.Completion.create(
        engine="text-davinci-003",
        prompt=FEW_SHOT.format(question=question),
        max_tokens=64,
        temperature=0,
        stop=["\nQ:"],
        stream=True,
    )
    text = ""
    for chunk in response:
        piece = chunk["choices"][0]["text"]
        sys.stdout.write(piece)
        text += piece
    sys.stdout.write("\n")
    return text


if __name__ == "__main__":
    result = answer("What is the capital of Japan?")
    print(len(result), result.endswith("Celsius."))
