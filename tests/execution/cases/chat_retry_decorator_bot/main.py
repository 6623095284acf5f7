import functools
import os
import time

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

RETRYABLE = (
    openai.error.RateLimitError,
    openai.error.APIError,
    openai.error.ServiceUnavailableError,
    openai.error.Timeout,
)


def retry(max_attempts=3, base_delay=0.01):
    def decorator(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            delay = base_delay
            for attempt in range(1, max_attempts + 1):
                try:
                    return fn(*args, **kwargs)
                except RETRYABLE as exc:
                    if attempt == max_attempts:
                        raise
                    print(f"retrying after {type(exc).__name__}")
                    time.sleep(delay)
                    delay *= 2
        return wrapper
    return decorator


class ChatBot:
    def __init__(self, system_prompt, model="gpt-3.5-turbo"):
        self.model = model
        self.messages = [{"role": "system", "content": system_prompt}]
        self.tokens_used = 0

    @retry(max_attempts=4)
    def _complete(self):
        return openai.ChatCompletion.create(model=self.model, messages=self.messages)

    def ask(self, question):
        self.messages.append({"role": "user", "content": question})
        response = self._complete()
        answer = response.choices[0].message.content
        self.tokens_used += response["usage"]["total_tokens"]
        self.messages.append({"role": "assistant", "content": answer})
        return answer


if __name__ == "__main__":
    bot = ChatBot("You are a helpful cooking assistant.")
    for q in ["How long do I boil an egg?", "And for a soft one?"]:
        print(f"Q: {q}")
        print(f"A: {bot.ask(q)}")
    print("tokens used:", bot.tokens_used)
    print("turns:", len(bot.messages))
