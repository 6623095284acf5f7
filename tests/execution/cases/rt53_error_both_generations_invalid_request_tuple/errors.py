"""Exception classes that exist in whichever openai is installed."""
import openai


def _present(*names):
    found = []
    for name in names:
        cls = getattr(openai, name, None)
        if isinstance(cls, type) and issubclass(cls, Exception):
            found.append(cls)
    return tuple(found)


_V1_RATE = _present("RateLimitError", "APITimeoutError")
_V1_BAD = _present("BadRequestError")

RETRYABLE = (openai.error.RateLimitError, openai.error.Timeout, *_V1_RATE)
BAD_REQUEST = (openai.error.InvalidRequestError, *_V1_BAD)
