import sys

import openai


def ask(prompt, stream=False):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
        stream=stream,
    )
    if isinstance(response, dict):
        text = response["choices"][0]["message"]["content"]
        sys.stdout.write(text)
    else:
        text = ""
        for chunk in response:
            piece = chunk["choices"][0]["delta"].get("content", "")
            sys.stdout.write(piece)
            text += piece
    sys.stdout.write("\n")
    return len(text)


if __name__ == "__main__":
    print(ask("Name a prime number"))
    print(ask("Name an even number", stream=True))
