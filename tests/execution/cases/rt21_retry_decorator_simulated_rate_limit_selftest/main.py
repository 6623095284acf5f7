"""A retry decorator and its self-test: a flaky function raises RateLimitError twice."""
import time

import openai


def with_retries(max_attempts=4, delay=0.01):
    def decorate(fn):
        def wrapper(*args, **kwargs):
            for attempt in range(1, max_attempts + 1):
                try:
                    return fn(*args, **kwargs)
                except (openai.error.RateLimitError, openai.error.ServiceUnavailableError) as e:
                    print(f"attempt {attempt} failed: {e}")
                    time.sleep(delay * 2 ** attempt)
            raise RuntimeError("out of retries")
        return wrapper
    return decorate


_calls = {"n": 0}


@with_retries()
def flaky():
    _calls["n"] += 1
    if _calls["n"] < 3:
        raise openai.error.RateLimitError("simulated rate limit")
    return "ok after %d calls" % _calls["n"]


@with_retries()
def summarize(text):
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": "Summarize: " + text}],
    )
    return resp["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(flaky())
    print(summarize("Retries with exponential backoff smooth over rate limits."))
