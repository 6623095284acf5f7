import time

import openai

ENGINE = "text-davinci-003"
MAX_ATTEMPTS = 3


def complete(prompt, max_tokens=64):
    for attempt in range(MAX_ATTEMPTS):
        try:
            response = openai.Completion.create(
                engine=ENGINE,
                prompt=prompt,
                max_tokens=max_tokens,
                temperature=0,
            )
            return response["choices"][0]["text"].strip()
        except openai.error.RateLimitError:
            if attempt == MAX_ATTEMPTS - 1:
                raise
            time.sleep(2 ** attempt)


def summarize(text):
    return complete(f"Summarize in one sentence:\n\n{text}\n\nSummary:")
