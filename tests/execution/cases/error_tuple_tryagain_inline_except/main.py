import time

import openai


def complete(text, retries=2):
    for attempt in range(retries + 1):
        try:
            resp = openai.ChatCompletion.create(
                model="gpt-3.5-turbo", messages=[{"role": "user", "content": text}]
            )
            return resp["choices"][0]["message"]["content"]
        except (openai.error.TryAgain, openai.error.RateLimitError, openai.error.APIConnectionError) as e:
            print("transient:", type(e).__name__)
            time.sleep(0.01)
        except openai.error.AuthenticationError:
            return "bad key"
    return "gave up"


if __name__ == "__main__":
    print(complete("Hello there"))
