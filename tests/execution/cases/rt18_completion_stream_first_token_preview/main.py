import time

import openai


def stream_with_preview(prompt):
    start = time.perf_counter()
    stream = iter(openai.Completion.create(
        model="text-davinci-003",
        prompt=prompt,
        max_tokens=30,
        stream=True,
    ))
    first = next(stream)
    first_text = first["choices"][0]["text"]
    elapsed = time.perf_counter() - start
    print(f"first token: {first_text!r} (fast: {elapsed < 30})")
    rest = "".join(chunk["choices"][0]["text"] for chunk in stream)
    return first_text + rest


print(stream_with_preview("Describe the moon in five words"))
