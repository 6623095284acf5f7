import openai


class ChatGPT:
    def __init__(self, model="gpt-3.5-turbo"):
        self.model = model
        self._last_response = None

    def ask(self, prompt):
        self._last_response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": prompt}],
        )
        return self._last_response["choices"][0]["message"]["content"]

    @property
    def last_usage(self):
        if self._last_response is None:
            return None
        return self._last_response["usage"]

    @property
    def last_finish_reason(self):
        return self._last_response["choices"][0]["finish_reason"]
