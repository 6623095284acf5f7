import openai

from typing_bot.retry import retry


@retry(times=3)
def stream_answer(question, model="gpt-3.5-turbo", max_tokens=20):
    return openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": question}],
        max_tokens=max_tokens,
        stream=True,
    )
