import openai
from openai import error


def ask(model, question):
    try:
        response = openai.ChatCompletion.create(
            model=model, messages=[{"role": "user", "content": question}]
        )
    except error.AuthenticationError:
        return "bad key"
    except error.InvalidRequestError as e:
        return f"invalid request: {e.code}"
    except (error.RateLimitError, error.APIConnectionError):
        return "try later"
    except error.OpenAIError:
        return "openai failure"
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(ask("gpt-3.5-turbo", "Hi there"))
    print(ask("gpt-3.5-turbo-nonexistent", "Hi there"))
