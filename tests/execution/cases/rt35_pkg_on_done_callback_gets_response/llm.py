import openai


def ask(prompt, on_done=None):
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
    )
    text = resp["choices"][0]["message"]["content"]
    if on_done is not None:
        on_done(resp)
    return text
