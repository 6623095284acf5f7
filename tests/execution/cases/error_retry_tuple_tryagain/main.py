"""A hand-written retry loop with the 0.x transient errors in one tuple."""
import time

import openai

TRANSIENT = (
    openai.error.RateLimitError,
    openai.error.ServiceUnavailableError,
    openai.error.APIConnectionError,
    openai.error.TryAgain,
    openai.error.Timeout,
)


def complete(messages, model, retries=3):
    for attempt in range(retries):
        try:
            return openai.ChatCompletion.create(model=model, messages=messages)
        except TRANSIENT:
            time.sleep(0.01 * 2 ** attempt)
    raise RuntimeError("gave up")


def main():
    try:
        complete([{"role": "user", "content": "hi"}], model="my-custom-model")
    except openai.error.InvalidRequestError as err:
        print("invalid request:", err.code)
    reply = complete([{"role": "user", "content": "hi"}], model="gpt-3.5-turbo")
    print(reply["choices"][0]["message"]["content"])


if __name__ == "__main__":
    main()
