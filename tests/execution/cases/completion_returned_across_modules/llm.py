import openai

MODEL = "text-davinci-003"


def complete(prompt, max_tokens=60):
    return openai.Completion.create(
        model=MODEL,
        prompt=prompt,
        max_tokens=max_tokens,
        temperature=0,
    )
