import openai

from docgen.config import CONFIG


def docstring_for(source):
    limits = CONFIG["limits"]
    response = openai.ChatCompletion.create(
        model=CONFIG["model"],
        messages=[
            {"role": "system", "content": f"Write a {CONFIG['style']}-style docstring."},
            {"role": "user", "content": source[: limits["max_input_chars"]]},
        ],
        max_tokens=limits["max_output"],
    )
    choice = response["choices"][0]
    return choice["message"]["content"], choice["finish_reason"]
