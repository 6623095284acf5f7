"""Count calls and tokens of every ChatCompletion the process makes (installed once)."""
import threading

import openai

TOTALS = {"calls": 0, "prompt_tokens": 0, "completion_tokens": 0}
_lock = threading.Lock()
_installed = False


def install():
    global _installed
    if _installed:
        return
    original = openai.ChatCompletion.create

    def metered(*args, **kwargs):
        response = original(*args, **kwargs)
        with _lock:
            TOTALS["calls"] += 1
            TOTALS["prompt_tokens"] += response["usage"]["prompt_tokens"]
            TOTALS["completion_tokens"] += response["usage"]["completion_tokens"]
        return response

    openai.ChatCompletion.create = metered
    _installed = True
