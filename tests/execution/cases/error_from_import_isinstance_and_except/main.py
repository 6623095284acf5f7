import logging

import openai
from openai.error import InvalidRequestError, RateLimitError

log = logging.getLogger("bot")


def classify_error(err):
    if isinstance(err, RateLimitError):
        return "retry later"
    if isinstance(err, InvalidRequestError):
        return "fix the request"
    return "unexpected"


def ask(text, model="gpt-3.5-turbo"):
    try:
        resp = openai.ChatCompletion.create(model=model, messages=[{"role": "user", "content": text}])
    except InvalidRequestError as err:
        log.warning("request rejected: %s", err)
        return classify_error(err)
    return resp["choices"][0]["message"]["content"]


def main():
    print(ask("ping"))
    print(ask("ping", model="ft:acme-support:does-not-exist"))
    print(ask("pong"))


if __name__ == "__main__":
    main()
