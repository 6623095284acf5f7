import openai

DEFAULT_MODEL = "gpt-3.5-turbo"


def chat(messages, model=DEFAULT_MODEL, temperature=0.2):
    """Thin wrapper; returns the raw API response so callers can read usage too."""
    return openai.ChatCompletion.create(
        model=model,
        messages=messages,
        temperature=temperature,
    )
