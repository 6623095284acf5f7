import os
import time

import openai

openai.api_key = os.environ.get("OPENAI_API_KEY")

RETRYABLE = (openai.error.RateLimitError, openai.error.APIError, openai.error.Timeout,
             openai.error.ServiceUnavailableError, openai.error.APIConnectionError)


def ask(question, retries=3, timeout=0.6, log=print):
    delay = 0.05
    for attempt in range(1, retries + 1):
        try:
            response = openai.ChatCompletion.create(
                model="gpt-3.5-turbo",
                messages=[{"role": "user", "content": question}],
                max_tokens=64,
                request_timeout=timeout,
            )
            return response["choices"][0]["message"]["content"]
        except openai.error.Timeout:
            log(f"attempt {attempt}: timed out after {timeout}s")
        except RETRYABLE as err:
            log(f"attempt {attempt}: {err.__class__.__name__}, retrying")
        time.sleep(delay)
        delay *= 2
        timeout *= 2
    return None
