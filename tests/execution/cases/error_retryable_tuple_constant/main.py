"""Retry transient errors, give up at once on bad requests."""
import time

import openai

RETRYABLE = (
    openai.error.RateLimitError,
    openai.error.Timeout,
    openai.error.ServiceUnavailableError,
    openai.error.APIConnectionError,
)


def chat(messages, retries=3):
    for attempt in range(retries):
        try:
            reply = openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages)
            return reply["choices"][0]["message"]["content"]
        except RETRYABLE as err:
            print("transient:", type(err).__name__)
            time.sleep(0.1 * attempt)
        except openai.error.InvalidRequestError:
            return "<bad request>"
    return "<gave up>"


if __name__ == "__main__":
    print(chat([{"role": "user", "content": "Ping"}]))
    print(chat([]))
    print(chat([{"role": "wizard", "content": "Ping"}]))
