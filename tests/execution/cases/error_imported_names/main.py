import openai
from openai.error import APIConnectionError, APIError, RateLimitError, Timeout


def safe_chat(text):
    try:
        resp = openai.ChatCompletion.create(model="gpt-4", messages=[{"role": "user", "content": text}])
    except (APIError, Timeout, RateLimitError, APIConnectionError) as exc:
        return "error: " + type(exc).__name__
    return resp["choices"][0]["message"]["content"]


def main():
    print(safe_chat("Is it raining?"))


if __name__ == "__main__":
    main()
