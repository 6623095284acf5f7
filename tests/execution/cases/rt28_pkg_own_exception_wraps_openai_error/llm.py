import openai

from errors import LLMError


def chat(messages, model="gpt-3.5-turbo"):
    try:
        resp = openai.ChatCompletion.create(model=model, messages=messages)
    except openai.error.InvalidRequestError as e:
        raise LLMError("bad request", retryable=False) from e
    except (openai.error.RateLimitError, openai.error.APIConnectionError) as e:
        raise LLMError("try again later", retryable=True) from e
    return resp["choices"][0]["message"]["content"]
