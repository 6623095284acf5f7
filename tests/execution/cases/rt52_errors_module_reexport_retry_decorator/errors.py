"""One place for the OpenAI exceptions the app cares about."""
from openai.error import APIError, InvalidRequestError, RateLimitError, Timeout

TRANSIENT = (RateLimitError, Timeout, APIError)

__all__ = ["InvalidRequestError", "TRANSIENT", "UserFacingError"]


class UserFacingError(Exception):
    pass
