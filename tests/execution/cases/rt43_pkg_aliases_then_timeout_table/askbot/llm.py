import openai

from askbot.settings import MODEL_ALIASES, REQUEST_TIMEOUT, RETRIES


def resolve(alias):
    return MODEL_ALIASES.get(alias, alias)


def ask(question, alias="fast"):
    model = resolve(alias)
    attempts = RETRIES[model]
    response = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": question}],
        request_timeout=REQUEST_TIMEOUT[model],
    )
    return attempts, response["choices"][0]["message"]["content"]
