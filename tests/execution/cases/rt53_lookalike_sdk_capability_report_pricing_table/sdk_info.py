"""What the installed openai package offers; written to work with 0.x and 1.x alike."""
import openai

HAS_CLIENT = hasattr(openai, "OpenAI")
_errors = getattr(openai, "error", None)


def error_class(name):
    """openai>=1 exposes exceptions on the package, openai<1 in openai.error."""
    return getattr(openai, name, None) or getattr(_errors, name, None)


RateLimit = error_class("RateLimitError")
AuthFailure = error_class("AuthenticationError")
