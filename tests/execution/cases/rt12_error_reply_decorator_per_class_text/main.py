"""Handlers wrapped by a decorator that turns API errors into chat replies."""
import functools

import openai


def friendly_errors(handler):
    @functools.wraps(handler)
    def wrapper(user, text):
        try:
            return handler(user, text)
        except openai.error.AuthenticationError:
            return "The bot is misconfigured (bad API key)."
        except openai.error.RateLimitError:
            return "Slow down! Too many requests."
        except openai.error.InvalidRequestError as err:
            return f"Sorry {user}, that request was invalid ({err.code})."
        except openai.error.OpenAIError:
            return "OpenAI is having trouble, try later."
    return wrapper


@friendly_errors
def on_ask(user, text):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": text}],
    )
    return response.choices[0].message.content


@friendly_errors
def on_roleplay(user, text):
    role, _, line = text.partition(":")
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": role.strip(), "content": line.strip()}],
    )
    return response.choices[0].message.content


if __name__ == "__main__":
    print(on_ask("zoe", "what is 2+2"))
    print(on_roleplay("zoe", "user: pretend to be a cat"))
    print(on_roleplay("zoe", "narrator: the cat wakes up"))
