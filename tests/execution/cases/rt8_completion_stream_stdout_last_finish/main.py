import os
import sys

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]


def complete(prompt, max_tokens=16):
    response = openai.Completion.create(
        engine="text-davinci-003",
        prompt=prompt,
        max_tokens=max_tokens,
        temperature=0,
        stream=True,
    )
    last = None
    for part in response:
        sys.stdout.write(part.choices[0].text)
        sys.stdout.flush()
        last = part
    sys.stdout.write("\n")
    return last.choices[0].finish_reason


print("finish:", complete("Once upon a time"))
print("finish:", complete("List the planets of the solar system in order from the sun", 4))
