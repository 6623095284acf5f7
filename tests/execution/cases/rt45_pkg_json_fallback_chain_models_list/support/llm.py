import json
from pathlib import Path

import openai

CONFIG_FILE = Path(__file__).resolve().parent.parent / "config" / "models.json"
CONFIG = json.loads(CONFIG_FILE.read_text())

RETRYABLE = (openai.error.RateLimitError, openai.error.ServiceUnavailableError,
             openai.error.Timeout)


def complete_with_fallback(messages):
    """Try each model of the chain in turn; returns (position in the chain, text)."""
    last_error = None
    for position, model in enumerate(CONFIG["fallback_chain"], start=1):
        try:
            response = openai.ChatCompletion.create(
                model=model,
                messages=messages,
                request_timeout=CONFIG["timeout_seconds"],
            )
        except RETRYABLE as error:
            last_error = error
            continue
        return position, response["choices"][0]["message"]["content"]
    raise RuntimeError(f"every model in the chain failed: {last_error}")
