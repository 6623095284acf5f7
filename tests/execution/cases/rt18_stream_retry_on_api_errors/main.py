import time

import openai


def stream_with_retry(messages, retries=3):
    for attempt in range(1, retries + 1):
        try:
            parts = []
            for chunk in openai.ChatCompletion.create(
                model="gpt-3.5-turbo",
                messages=messages,
                stream=True,
                request_timeout=30,
            ):
                parts.append(chunk["choices"][0]["delta"].get("content", ""))
            return "".join(parts), attempt
        except (openai.error.RateLimitError, openai.error.APIError,
                openai.error.ServiceUnavailableError) as err:
            print(f"attempt {attempt} failed: {err}")
            time.sleep(0.1 * attempt)
    raise RuntimeError("all retries failed")


text, attempts = stream_with_retry([{"role": "user", "content": "count to three"}])
print(text)
print("attempts:", attempts)
