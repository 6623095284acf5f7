import openai


def first_text(response):
    """The first choice's text, stripped.

    >>> first_text({"choices": [{"text": "  hello  "}]})
    'hello'
    """
    return response["choices"][0]["text"].strip()


def complete(prompt):
    response = openai.Completion.create(model="text-davinci-003", prompt=prompt, max_tokens=20)
    return first_text(response)
