import logging
import sys

import openai

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
logger = logging.getLogger("assistant")

PRICE_PER_1K_TOKENS = 0.002


def ask(question):
    logger.debug("asking %r", question)
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "You answer briefly."},
            {"role": "user", "content": question},
        ],
    )
    usage = response["usage"]
    logger.info(
        "tokens: prompt=%d completion=%d total=%d cost=$%.6f",
        usage["prompt_tokens"],
        usage["completion_tokens"],
        usage["total_tokens"],
        usage["total_tokens"] / 1000 * PRICE_PER_1K_TOKENS,
    )
    logger.info("finish_reason=%s", response.choices[0].finish_reason)
    return response.choices[0].message.content


print(ask("What is the capital of France?"))
