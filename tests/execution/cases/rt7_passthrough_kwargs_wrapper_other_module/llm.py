import logging

import openai

log = logging.getLogger(__name__)


def chat(**kwargs):
    """Every request goes through here so we can add logging later."""
    log.debug("chat request: %s", kwargs.get("model"))
    return openai.ChatCompletion.create(**kwargs)
