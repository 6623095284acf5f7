import os

import openai

from web import dispatch, errorhandler

openai.api_key = os.environ["OPENAI_API_KEY"]


@errorhandler(openai.error.InvalidRequestError)
def bad_request(exc):
    return 400, "the request was rejected"


@errorhandler(openai.error.AuthenticationError)
def unauthorized(exc):
    return 503, "the service is misconfigured"


@errorhandler(openai.error.OpenAIError)
def upstream(exc):
    return 502, "the language model failed"


def complete_view(model, text, key=None):
    r = openai.ChatCompletion.create(model=model, messages=[{"role": "user", "content": text}],
                                     api_key=key or openai.api_key)
    return 200, r["choices"][0]["message"]["content"]


print(*dispatch(complete_view, "gpt-3.5-turbo", "Hello"))
print(*dispatch(complete_view, "gpt-3.5-turbo-instruct-0914", "Hello"))
print(*dispatch(complete_view, "gpt-3.5-turbo", "Hello", "sk-expired"))
