import time

import openai


class ResilientChat:
    retryable = (openai.error.RateLimitError, openai.error.APIError,
                 openai.error.ServiceUnavailableError, openai.error.Timeout)

    def __init__(self, model="gpt-3.5-turbo", max_retries=3, backoff=0.01):
        self.model = model
        self.max_retries = max_retries
        self.backoff = backoff

    def ask(self, messages):
        for attempt in range(1, self.max_retries + 1):
            try:
                response = openai.ChatCompletion.create(model=self.model, messages=messages)
                return response.choices[0].message.content
            except self.retryable as e:
                print(f"attempt {attempt} failed: {type(e).__name__}")
                time.sleep(self.backoff * attempt)
            except openai.error.InvalidRequestError:
                return "[invalid request]"
            except openai.error.AuthenticationError:
                return "[bad key]"
        return "[gave up]"


if __name__ == "__main__":
    bot = ResilientChat()
    print(bot.ask([{"role": "user", "content": "hello there"}]))
    print(bot.ask([]))
    print(bot.ask([{"role": "wizard", "content": "abracadabra"}]))
