import time

import openai

from errors import RETRYABLE


def chat(prompt, model="gpt-3.5-turbo", retries=2):
    for attempt in range(retries + 1):
        try:
            resp = openai.ChatCompletion.create(
                model=model, messages=[{"role": "user", "content": prompt}]
            )
            return resp["choices"][0]["message"]["content"]
        except RETRYABLE:
            if attempt == retries:
                raise
            print("retrying...")
            time.sleep(0.1)
