import openai

DEFAULT_MODEL = "text-davinci-003"


def complete(prompt, model=DEFAULT_MODEL, max_tokens=48, temperature=0.0):
    response = openai.Completion.create(
        model=model,
        prompt=prompt,
        max_tokens=max_tokens,
        temperature=temperature,
    )
    choice = response["choices"][0]
    return choice["text"].strip(), response["usage"]["total_tokens"]
