"""CLI chat: tells the user whether the network or the model was the problem."""
import os
import sys

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]

MESSAGES = {
    openai.error.Timeout: "The model took too long; try a shorter question.",
    openai.error.APIConnectionError: "Could not reach the API; check your network.",
    openai.error.AuthenticationError: "Your API key was rejected.",
}


def ask(question, timeout=5, key=None):
    try:
        r = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": question}],
            request_timeout=timeout,
            api_key=key,
        )
    except (openai.error.Timeout, openai.error.APIConnectionError,
            openai.error.AuthenticationError) as e:
        for cls, text in MESSAGES.items():
            if isinstance(e, cls):
                return "error: " + text
    return r["choices"][0]["message"]["content"]


print(ask("hello"))
print(ask("explain monads [slow]", timeout=0.5))
print(ask("hello", key="sk-old"))
sys.stdout.flush()
