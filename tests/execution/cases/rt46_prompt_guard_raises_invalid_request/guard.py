import openai

MAX_PROMPT_TOKENS = 30


def estimate_tokens(text):
    return int(len(text.split()) * 1.3) + 1


def checked_completion(prompt, **kwargs):
    """Fail fast (without paying for a request) with the same error the API would raise, so
    callers handle one exception type for 'prompt too long'."""
    tokens = estimate_tokens(prompt)
    if tokens > MAX_PROMPT_TOKENS:
        raise openai.error.InvalidRequestError(
            f"This prompt has about {tokens} tokens, more than {MAX_PROMPT_TOKENS}", "prompt")
    return openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
        **kwargs,
    )
