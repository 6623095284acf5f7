import json
import logging
import sys

import openai

log = logging.getLogger("qa")
_handler = logging.StreamHandler(sys.stdout)
_handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
log.addHandler(_handler)
log.setLevel(logging.INFO)
log.propagate = False


def answer(question):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo-0613",
        messages=[{"role": "user", "content": question}],
    )
    log.info("usage=%s", json.dumps(response["usage"], sort_keys=True))
    log.info("finish=%s", response["choices"][0]["finish_reason"])
    return response["choices"][0]["message"]["content"]


print(answer("What is the capital of Peru?"))
