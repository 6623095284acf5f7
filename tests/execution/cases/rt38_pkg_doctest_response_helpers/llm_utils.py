"""Small helpers around openai, documented with doctests.

>>> estimate_tokens("four char words")
4
"""
import openai

MODEL = "gpt-3.5-turbo"


def estimate_tokens(text):
    return len(text) // 4 + (1 if len(text) % 4 else 0)


def first_message(response):
    """The assistant text of a chat completion.

    >>> first_message({"choices": [{"message": {"role": "assistant", "content": " hi "}}]})
    'hi'
    """
    return response["choices"][0]["message"]["content"].strip()


def token_report(response):
    """
    >>> token_report({"usage": {"prompt_tokens": 3, "completion_tokens": 2, "total_tokens": 5}})
    '3 in / 2 out'
    """
    usage = response["usage"]
    return f"{usage['prompt_tokens']} in / {usage['completion_tokens']} out"


def ask(question):
    response = openai.ChatCompletion.create(
        model=MODEL,
        messages=[{"role": "user", "content": question}],
    )
    return first_message(response), token_report(response)
