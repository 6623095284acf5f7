import time

import openai

RETRYABLE = (
    openai.error.RateLimitError,
    openai.error.ServiceUnavailableError,
    openai.error.APIConnectionError,
    openai.error.Timeout,
)


def with_retries(fn, max_attempts=4, base_delay=0.01):
    for attempt in range(max_attempts):
        try:
            return fn()
        except RETRYABLE as e:
            wait = base_delay * 2 ** attempt
            print(f"retryable error {type(e).__name__}, sleeping {wait:.2f}s")
            time.sleep(wait)
    raise RuntimeError("gave up")


def complete(prompt):
    return with_retries(lambda: openai.Completion.create(
        model="text-davinci-003", prompt=prompt, max_tokens=20, temperature=0.0
    ))


dataset = [("Translate to French: cat", "chat"), ("Translate to French: dog", "chien")]
hits = 0
for prompt, gold in dataset:
    text = complete(prompt)["choices"][0]["text"].strip()
    hits += gold in text
    print(prompt, "->", text)
print("exact hits:", hits)
