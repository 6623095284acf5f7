import openai

from errors import InvalidRequestError, UserFacingError
from retry import with_retries

MODEL = "gpt-3.5-turbo"


@with_retries(attempts=2)
def reply(messages):
    try:
        response = openai.ChatCompletion.create(model=MODEL, messages=messages,
                                                request_timeout=1)
    except InvalidRequestError as exc:
        raise UserFacingError(f"bad request (HTTP {exc.http_status})") from exc
    return response.choices[0].message.content
