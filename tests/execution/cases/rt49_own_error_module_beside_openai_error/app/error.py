"""The app's own errors (its quota per user), named like the SDK's on purpose."""


class OpenAIError(Exception):
    http_status = 500


class RateLimitError(OpenAIError):
    http_status = 429

    def __init__(self, user, used):
        super().__init__(f"user {user} used {used} requests today")
        self.user = user


class InvalidRequestError(OpenAIError):
    http_status = 422
