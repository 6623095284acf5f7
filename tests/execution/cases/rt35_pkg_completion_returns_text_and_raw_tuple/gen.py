import openai


def complete(prompt, max_tokens=24):
    resp = openai.Completion.create(
        model="text-davinci-003",
        prompt=prompt,
        max_tokens=max_tokens,
        temperature=0.2,
    )
    return resp["choices"][0]["text"].strip(), resp
