import logging
import os
import time

import openai

logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
log = logging.getLogger("bot")
openai.api_key = os.environ["OPENAI_API_KEY"]

RETRYABLE = (
    openai.error.RateLimitError,
    openai.error.APIError,
    openai.error.Timeout,
    openai.error.ServiceUnavailableError,
)


def chat_with_retry(messages, max_attempts=4, base_delay=0.01):
    for attempt in range(max_attempts):
        try:
            return openai.ChatCompletion.create(model="gpt-3.5-turbo", messages=messages)
        except openai.error.InvalidRequestError:
            raise
        except RETRYABLE as err:
            wait = base_delay * 2 ** attempt
            log.warning("attempt %d failed (%s), retrying in %.2fs", attempt + 1, err, wait)
            time.sleep(wait)
    raise RuntimeError("OpenAI is unavailable")


def bot_reply(history):
    try:
        res = chat_with_retry(history)
    except openai.error.InvalidRequestError:
        return "Sorry, I could not process that conversation."
    return res.choices[0].message.content


print(bot_reply([{"role": "user", "content": "tell me a fun fact"}]))
print(bot_reply([]))
print(bot_reply([{"role": "system", "content": "Be terse."}, {"role": "user", "content": "ok?"}]))
