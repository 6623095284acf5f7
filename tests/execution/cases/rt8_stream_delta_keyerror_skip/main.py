import sys

import openai


def stream_answer(prompt):
    completion = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
        temperature=0.7,
        stream=True,
    )
    pieces = []
    for event in completion:
        try:
            token = event["choices"][0]["delta"]["content"]
        except KeyError:
            # the first chunk only carries the role, the last one is empty
            continue
        sys.stdout.write(token)
        sys.stdout.flush()
        pieces.append(token)
    sys.stdout.write("\n")
    return "".join(pieces)


answer = stream_answer("What is the capital of France?")
print("chars:", len(answer))
