import openai

MODEL = "gpt-3.5-turbo"


def raw_chat(prompt):
    return openai.ChatCompletion.create(
        model=MODEL, messages=[{"role": "user", "content": prompt}]
    )
