import openai

MODEL = "gpt-3.5-turbo"


def stream(prompt):
    resp = openai.ChatCompletion.create(
        model=MODEL,
        messages=[{"role": "user", "content": prompt}],
        stream=True,
    )
    out = []
    for chunk in resp:
        delta = chunk.choices[0].delta
        text = getattr(delta, "content", "")
        if text:
            print(text, end="", flush=True)
            out.append(text)
    print()
    return "".join(out)


full = stream("Write a haiku about rain")
print(full.upper())
