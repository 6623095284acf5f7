import openai


def complete(prompt, max_tokens=30, stop=None):
    return openai.Completion.create(
        model="text-davinci-003",
        prompt=prompt,
        max_tokens=max_tokens,
        stop=stop,
    )
