import openai


def describe_failure(exc):
    if isinstance(exc, openai.error.RateLimitError):
        return "slow down"
    if isinstance(exc, openai.error.InvalidRequestError):
        return "bad request: " + str(exc.code)
    return "unknown"


def ask(question):
    try:
        resp = openai.ChatCompletion.create(
            model="acme-support-ft", messages=[{"role": "user", "content": question}]
        )
        return resp["choices"][0]["message"]["content"]
    except Exception as exc:
        return describe_failure(exc)


if __name__ == "__main__":
    print(ask("hi"))
