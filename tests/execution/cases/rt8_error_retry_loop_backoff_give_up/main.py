"""The usual 2023 retry loop: back off on transient errors, give up on bad requests."""
import time

import openai

MAX_RETRIES = 3


def chat_with_retry(messages, model="gpt-3.5-turbo"):
    delay = 0.1
    for attempt in range(1, MAX_RETRIES + 1):
        try:
            return openai.ChatCompletion.create(model=model, messages=messages)
        except (openai.error.RateLimitError, openai.error.APIConnectionError,
                openai.error.Timeout) as e:
            print(f"attempt {attempt}: transient error, retrying: {e}")
            time.sleep(delay)
            delay *= 2
        except openai.error.APIError as e:
            print(f"attempt {attempt}: server error, retrying")
            time.sleep(delay)
        except openai.error.InvalidRequestError as e:
            print(f"giving up: {e.code}")
            return None
    raise RuntimeError("out of retries")


for label, model in (("default", "gpt-3.5-turbo"), ("azure name", "gpt-35-turbo")):
    reply = chat_with_retry([{"role": "user", "content": "Summarise: retries help."}], model)
    print(label, "->", reply["choices"][0]["message"]["content"] if reply else None)
