import openai

import config
from jobs import JOBS


def process(message):
    """Server-side trouble is retried; a bad request goes to the dead-letter list."""
    for attempt in range(1, config.MAX_ATTEMPTS + 1):
        try:
            return "done", JOBS[message["job"]](message["payload"]), attempt
        except (openai.error.APIError, openai.error.ServiceUnavailableError):
            continue
        except openai.error.InvalidRequestError:
            return "dead-letter", None, attempt
    return "gave-up", None, config.MAX_ATTEMPTS
