import openai

DEFAULTS = dict(model="gpt-3.5-turbo", temperature=0.7, max_tokens=150)


def ask(question, **overrides):
    params = dict(DEFAULTS, **overrides)
    resp = openai.ChatCompletion.create(
        messages=[{"role": "user", "content": question}],
        **params
    )
    return resp["choices"][0]["message"]["content"].strip()


print(ask("What is a haiku?"))
print(ask("List three rivers in Europe, separated by commas", max_tokens=6))
print(ask("Answer yes or no: is water wet?", temperature=0))
