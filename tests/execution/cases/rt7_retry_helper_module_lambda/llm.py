import openai

from retry import with_retries


def summarize(text):
    resp = with_retries(lambda: openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": f"Summarize: {text}"}],
    ))
    return resp["choices"][0]["message"]["content"]
