import openai

DEFAULT_MODEL = "gpt-3.5-turbo"


def chat(prompt, system=None, **kwargs):
    messages = []
    if system:
        messages.append({"role": "system", "content": system})
    messages.append({"role": "user", "content": prompt})
    response = openai.ChatCompletion.create(model=DEFAULT_MODEL, messages=messages, **kwargs)
    return response.choices[0].message.content
