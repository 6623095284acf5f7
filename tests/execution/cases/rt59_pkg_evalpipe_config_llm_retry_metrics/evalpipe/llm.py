import logging
import time

import openai

from . import config

log = logging.getLogger(__name__)

RETRYABLE = (openai.error.RateLimitError, openai.error.APIError, openai.error.ServiceUnavailableError,
             openai.error.Timeout)


def chat(prompt):
    delay = 1.0
    for attempt in range(config.MAX_RETRIES):
        try:
            response = openai.ChatCompletion.create(
                model=config.MODEL,
                messages=[
                    {"role": "system", "content": config.SYSTEM_PROMPT},
                    {"role": "user", "content": prompt},
                ],
                temperature=config.TEMPERATURE,
            )
            return response.choices[0].message.content
        except RETRYABLE as err:
            log.warning("attempt %d failed: %s", attempt, err)
            time.sleep(delay)
            delay *= 2
    raise RuntimeError("out of retries")
