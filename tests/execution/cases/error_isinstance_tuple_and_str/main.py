import openai

FATAL = (openai.error.AuthenticationError, openai.error.InvalidRequestError)


def run(model=None):
    try:
        if model is None:
            r = openai.ChatCompletion.create(model="gpt-4", messages=[{"role": "user", "content": "hello"}])
        else:
            r = openai.ChatCompletion.create(model=model, messages=[{"role": "user", "content": "hello"}])
        return "ok: " + r["choices"][0]["message"]["content"]
    except Exception as exc:  # noqa: BLE001
        if isinstance(exc, FATAL):
            return "fatal"
        if isinstance(exc, (openai.error.RateLimitError, openai.error.Timeout)):
            return "retry"
        raise


if __name__ == "__main__":
    print(run())
    print(run(model="gpt-4-turbo-preview-x"))
