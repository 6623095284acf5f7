import openai


def advice(exc):
    if isinstance(exc, openai.error.RateLimitError):
        return "retry later"
    if isinstance(exc, openai.error.InvalidRequestError):
        return "fix the request"
    return "report"
