import openai

MODEL = "gpt-3.5-turbo"


def ask(question, system="You are a concise assistant."):
    """Return the raw response; callers decide what they need from it."""
    return openai.ChatCompletion.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": system},
            {"role": "user", "content": question},
        ],
    )
