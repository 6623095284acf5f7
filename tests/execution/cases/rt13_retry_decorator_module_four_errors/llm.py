import openai

from retry import with_retries


@with_retries(max_attempts=3)
def ask(question, model="gpt-3.5-turbo"):
    response = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": question}],
        temperature=0,
    )
    return response["choices"][0]["message"]["content"]
