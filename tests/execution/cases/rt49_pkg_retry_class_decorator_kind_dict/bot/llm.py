import openai

from bot.retry import default_retry


@default_retry(tries=3)
def answer(question, attempt=1):
    # the first attempt gets a tight timeout, later ones more room
    timeout = 0.6 * attempt
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        request_timeout=timeout,
    )
    return response["choices"][0]["message"]["content"]
