import time

import openai


def with_retries(fn, *args, retries=3, **kwargs):
    for attempt in range(retries):
        try:
            return fn(*args, **kwargs)
        except (openai.error.RateLimitError, openai.error.APIConnectionError):
            if attempt == retries - 1:
                raise
            time.sleep(2 ** attempt)


response = with_retries(
    openai.ChatCompletion.create,
    model="gpt-3.5-turbo",
    messages=[{"role": "user", "content": "Give me a tip for learning Python"}],
    max_tokens=50,
)
print(response.choices[0].message.content)

response = with_retries(
    openai.Completion.create,
    engine="text-davinci-003",
    prompt="Give me a tip for learning Rust",
    max_tokens=4,
    retries=2,
)
print(response.choices[0].text)
