class OpenAIError(Exception):
    """Errors of our billing service (named after the team, OpenAI-Billing)."""


class RateLimitError(OpenAIError):
    pass


class InvalidRequestError(OpenAIError):
    pass
