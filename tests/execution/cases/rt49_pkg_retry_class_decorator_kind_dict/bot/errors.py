from openai.error import (APIConnectionError, APIError, RateLimitError,
                          ServiceUnavailableError, Timeout)

RETRYABLE = (RateLimitError, APIError, ServiceUnavailableError, Timeout, APIConnectionError)

KIND = {
    RateLimitError: "rate limited",
    APIError: "server error",
    ServiceUnavailableError: "overloaded",
    Timeout: "timed out",
    APIConnectionError: "connection failed",
}


def describe(exc):
    return KIND.get(type(exc), "unexpected")
