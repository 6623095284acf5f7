import time

import openai


class RetryMixin:
    max_retries = 3
    backoff = 0.01

    def _with_retry(self, fn, **kwargs):
        for attempt in range(self.max_retries):
            try:
                return fn(**kwargs)
            except (openai.error.RateLimitError, openai.error.APIConnectionError, openai.error.Timeout) as e:
                print(f"retry {attempt + 1}: {type(e).__name__}")
                time.sleep(self.backoff * 2 ** attempt)
        raise RuntimeError("gave up")


class LoggingMixin:
    def _log(self, message):
        print(f"[{type(self).__name__}] {message}")


class ChatClient(RetryMixin, LoggingMixin):
    model = "gpt-3.5-turbo"

    def _create(self, **kwargs):
        return openai.ChatCompletion.create(**kwargs)

    def generate(self, prompt):
        messages = [{"role": "user", "content": prompt}]
        self._log(f"sending {len(messages)} message(s)")
        response = self._with_retry(self._create, model=self.model, messages=messages)
        self._log(f"usage={response['usage']['total_tokens']}")
        return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    client = ChatClient()
    print(client.generate("What's a good name for a cat?"))
    print(client.generate("And for a dog?"))
