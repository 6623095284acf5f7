import functools
from concurrent.futures import ThreadPoolExecutor

import openai


def complete(prompt, model, max_tokens=16, stop=None):
    response = openai.Completion.create(
        model=model,
        prompt=prompt,
        max_tokens=max_tokens,
        stop=stop,
        temperature=0,
    )
    return response.choices[0].text.strip()


short_answer = functools.partial(complete, model="text-davinci-003", max_tokens=6)

PROMPTS = [
    "Q: What is the boiling point of water?\nA:",
    "Q: Who wrote Hamlet and in which century did he live?\nA:",
    "Q: What is 2 + 2?\nA:",
]

with ThreadPoolExecutor(max_workers=3) as pool:
    for prompt, answer in zip(PROMPTS, pool.map(short_answer, PROMPTS)):
        print(prompt.splitlines()[0], "->", repr(answer))
