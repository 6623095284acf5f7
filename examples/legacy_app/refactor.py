"""A tiny helper that asked the Edits API to rename things in code snippets."""

import openai

SNIPPET = """def fibonacci(n):
    return n if n < 2 else fibonacci(n - 1) + fibonacci(n - 2)
"""


def rename_function(code: str) -> str:
    response = openai.Edit.create(
        model="code-davinci-edit-001",
        input=code,
        instruction="Rename the function fibonacci to fib",
        temperature=0,
    )
    return response["choices"][0]["text"]


if __name__ == "__main__":
    print(rename_function(SNIPPET))
