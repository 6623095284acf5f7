import time

import openai

try:
    from openai.error import APIError, RateLimitError  # openai<1
except ImportError:  # openai>=1
    from openai import APIError, RateLimitError


def with_backoff(fn, tries=4):
    def wrapper(*args, **kwargs):
        delay = 0.05
        for i in range(tries):
            try:
                return fn(*args, **kwargs)
            except (RateLimitError, APIError) as e:
                if i == tries - 1:
                    raise
                print("backing off:", type(e).__name__)
                time.sleep(delay)
                delay *= 2
    return wrapper


@with_backoff
def classify(text):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "Reply with positive, negative or neutral."},
            {"role": "user", "content": text},
        ],
    )
    return response["choices"][0]["message"]["content"].strip().lower()


if __name__ == "__main__":
    for review in ("Loved it, would buy again", "Arrived broken", "It is a chair"):
        print(review, "=>", classify(review))
