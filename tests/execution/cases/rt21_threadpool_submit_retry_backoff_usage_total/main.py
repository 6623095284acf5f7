"""Translate strings with a thread pool; each call retried with exponential backoff."""
import sys
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

import openai


def retry_with_exponential_backoff(func, initial_delay=1, exponential_base=2, max_retries=4,
                                   errors=(openai.error.RateLimitError,
                                           openai.error.ServiceUnavailableError)):
    def wrapper(*args, **kwargs):
        num_retries = 0
        delay = initial_delay
        while True:
            try:
                return func(*args, **kwargs)
            except errors:
                num_retries += 1
                if num_retries > max_retries:
                    raise Exception(f"Maximum number of retries ({max_retries}) exceeded.")
                delay *= exponential_base
                time.sleep(delay)
    return wrapper


@retry_with_exponential_backoff
def completion_with_backoff(**kwargs):
    return openai.ChatCompletion.create(**kwargs)


def translate(idx, text):
    response = completion_with_backoff(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "Translate to French."},
            {"role": "user", "content": text},
        ],
    )
    return idx, response["choices"][0]["message"]["content"], response["usage"]["total_tokens"]


STRINGS = ["Save", "Cancel", "Open file", "Settings", "Log out"]

if __name__ == "__main__":
    results = []
    with ThreadPoolExecutor(max_workers=4) as executor:
        futures = [executor.submit(translate, i, s) for i, s in enumerate(STRINGS)]
        for n, future in enumerate(as_completed(futures), 1):
            results.append(future.result())
            sys.stdout.write(f"\r{n}/{len(futures)} translated")
            sys.stdout.flush()
    print()
    results.sort()
    for idx, text, _ in results:
        print(f"{STRINGS[idx]!r}: {text}")
    print("tokens used:", sum(r[2] for r in results))
