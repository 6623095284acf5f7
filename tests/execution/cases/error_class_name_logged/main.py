import logging
import sys

import openai

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(message)s", level=logging.WARNING)
log = logging.getLogger("bot")

MODEL = "gpt-3.5-turbo"


def safe_ask(history):
    try:
        response = openai.ChatCompletion.create(model=MODEL, messages=history)
    except openai.error.OpenAIError as e:
        log.warning("OpenAI call failed with %s", e.__class__.__name__)
        return None
    return response.choices[0].message.content


if __name__ == "__main__":
    print(safe_ask([{"role": "user", "content": "Say hello"}]))
    print(safe_ask([]))
