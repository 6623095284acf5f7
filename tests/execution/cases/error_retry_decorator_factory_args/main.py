import functools
import time

import openai


def retry_on(*errors, attempts=3, delay=0.05):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for i in range(attempts):
                try:
                    return fn(*args, **kwargs)
                except errors as exc:
                    if i == attempts - 1:
                        raise
                    print(f"retrying {fn.__name__} after {type(exc).__name__}")
                    time.sleep(delay)
        return wrapper
    return decorate


@retry_on(openai.error.RateLimitError, openai.error.APIError, openai.error.Timeout)
def keywords(text):
    result = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": f"Keywords: {text}"}],
        request_timeout=20,
    )
    return result["choices"][0]["message"]["content"].split(": ", 1)[-1]


if __name__ == "__main__":
    print(keywords("solar panels on the roof"))
    print(keywords.__name__, keywords.__wrapped__.__name__)
