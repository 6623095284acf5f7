import functools

import openai


def handle_openai_errors(fallback="Sorry, something went wrong."):
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            try:
                return fn(*args, **kwargs)
            except openai.error.RateLimitError:
                return "Too many requests, try later."
            except openai.error.InvalidRequestError as e:
                return f"Invalid request: {e.code}"
            except openai.error.OpenAIError:
                return fallback
        return wrapper
    return decorate
