"""A JSON API in front of ChatCompletion: upstream errors become HTTP statuses through a table."""
import json
import os

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]

# first match wins: the base class comes last
ERROR_TABLE = [
    (openai.error.AuthenticationError, 502, "upstream credentials rejected"),
    (openai.error.InvalidRequestError, 400, "invalid request"),
    (openai.error.RateLimitError, 429, "slow down"),
    (openai.error.Timeout, 504, "upstream timed out"),
    (openai.error.APIConnectionError, 503, "upstream unreachable"),
    (openai.error.OpenAIError, 500, "upstream error"),
]


def to_http(exc):
    for cls, status, text in ERROR_TABLE:
        if isinstance(exc, cls):
            return status, {"error": text}
    raise exc


def post_chat(body):
    try:
        response = openai.ChatCompletion.create(
            model=body.get("model", "gpt-3.5-turbo"),
            messages=body["messages"],
            request_timeout=body.get("timeout", 10),
            api_key=body.get("key", openai.api_key),
        )
    except openai.error.OpenAIError as exc:
        return to_http(exc)
    return 200, {"reply": response["choices"][0]["message"]["content"]}


REQUESTS = [
    {"messages": [{"role": "user", "content": "hi"}]},
    {"model": "gpt-4-turbo-bogus", "messages": [{"role": "user", "content": "hi"}]},
    {"messages": [{"role": "robot", "content": "hi"}]},
    {"messages": [{"role": "user", "content": "hi"}], "key": "sk-revoked"},
    {"messages": [{"role": "user", "content": "think hard [slow]"}], "timeout": 0.5},
]
for body in REQUESTS:
    status, payload = post_chat(body)
    print(status, json.dumps(payload))
