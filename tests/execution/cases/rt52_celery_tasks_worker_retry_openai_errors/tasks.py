import openai

import celeryconfig

RETRYABLE = (openai.error.Timeout, openai.error.RateLimitError,
             openai.error.APIConnectionError, openai.error.ServiceUnavailableError)


class Retry(Exception):
    def __init__(self, task, kwargs, cause):
        super().__init__(f"retry {task}: {type(cause).__name__}")
        self.task = task
        self.kwargs = kwargs


def summarize(text, degraded=False):
    if degraded:
        text = text.replace("[slow]", "").strip()
    try:
        response = openai.ChatCompletion.create(
            model=celeryconfig.summary_model,
            messages=[{"role": "system", "content": "Summarize the ticket in a few words."},
                      {"role": "user", "content": text}],
            request_timeout=celeryconfig.task_time_limit,
        )
    except RETRYABLE as exc:
        raise Retry("summarize", {"text": text, "degraded": True}, exc)
    return response["choices"][0]["message"]["content"]


def embed(text):
    response = openai.Embedding.create(input=text, model=celeryconfig.embedding_model)
    return len(response["data"][0]["embedding"])


REGISTRY = {"summarize": summarize, "embed": embed}
