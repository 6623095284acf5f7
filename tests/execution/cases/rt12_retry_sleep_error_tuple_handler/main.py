"""Slack-style slash command with a small retry loop around the API call."""
import os
import time

import openai

RETRY_ERRORS = (
    openai.error.RateLimitError,
    openai.error.APIError,
    openai.error.Timeout,
    openai.error.ServiceUnavailableError,
    openai.error.APIConnectionError,
)
MAX_RETRIES = int(os.getenv("BOT_MAX_RETRIES", "3"))


def complete_with_retry(messages, retries=MAX_RETRIES):
    delay = 0.01
    for attempt in range(1, retries + 1):
        try:
            return openai.ChatCompletion.create(
                model="gpt-3.5-turbo", messages=messages, temperature=0.5, request_timeout=20
            )
        except RETRY_ERRORS as exc:
            print(f"attempt {attempt} failed: {exc.__class__.__name__}")
            time.sleep(delay)
            delay *= 2
    raise RuntimeError("gave up")


def slash_command(payload, respond):
    messages = [
        {"role": "system", "content": "You answer Slack questions in one line."},
        {"role": "user", "content": payload["text"]},
    ]
    try:
        result = complete_with_retry(messages)
    except openai.error.InvalidRequestError:
        respond(":warning: invalid request")
        return
    respond(f"*{payload['user_name']}* asked: {payload['text']}\n{result.choices[0].message.content}")


if __name__ == "__main__":
    commands = [
        {"user_name": "alice", "text": "how do I undo a git commit?"},
        {"user_name": "bob", "text": "what is a monad"},
    ]
    for payload in commands:
        slash_command(payload, print)
