"""The API errors the app handles, in one place."""
from openai.error import APIError, InvalidRequestError, OpenAIError, RateLimitError

RETRYABLE = (RateLimitError, APIError)
