import openai

# Errors that retrying will not fix.
NON_RETRYABLE_ERRORS = (
    openai.error.InvalidRequestError,
    openai.error.AuthenticationError,
    openai.error.PermissionError,
)


def generate(prompt, model="gpt-3.5-turbo"):
    for attempt in range(3):
        try:
            resp = openai.ChatCompletion.create(model=model, messages=[{"role": "user", "content": prompt}])
            return resp["choices"][0]["message"]["content"]
        except NON_RETRYABLE_ERRORS as err:
            return f"failed for good: {err.__class__.__bases__[0].__name__ != 'object'}"
        except openai.error.OpenAIError:
            continue
    return "out of retries"


if __name__ == "__main__":
    print(generate("hi"))
    print(generate("hi", model="my-finetune-that-was-deleted"))
