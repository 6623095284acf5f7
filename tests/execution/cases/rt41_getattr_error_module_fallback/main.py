"""Retry helper that tolerates both SDK layouts of the exception classes."""
import time

import openai

_errors = getattr(openai, "error", openai)
RETRYABLE = (_errors.RateLimitError, _errors.APIConnectionError)


def ask(question, retries=3):
    for attempt in range(retries):
        try:
            response = openai.ChatCompletion.create(
                model="gpt-3.5-turbo",
                messages=[{"role": "user", "content": question}],
            )
            return response.choices[0].message["content"]
        except RETRYABLE as exc:
            print(f"attempt {attempt + 1} failed: {type(exc).__name__}")
            time.sleep(0.1)
        except _errors.AuthenticationError:
            return "bad key"
    return "gave up"


if __name__ == "__main__":
    print(ask("What is the boiling point of water in Fahrenheit?"))
    print(_errors.RateLimitError.__name__)
