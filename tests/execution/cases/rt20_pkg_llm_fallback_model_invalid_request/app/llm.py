import openai

from app.config import FALLBACK_MODEL, PRIMARY_MODEL


class ResilientLLM:
    def __init__(self, model=PRIMARY_MODEL, fallback=FALLBACK_MODEL):
        self.model = model
        self.fallback = fallback
        self.fallbacks_used = 0

    def _call(self, model, prompt):
        response = openai.ChatCompletion.create(
            model=model,
            messages=[{"role": "user", "content": prompt}],
        )
        return response.choices[0].message.content

    def ask(self, prompt):
        try:
            return self._call(self.model, prompt)
        except openai.error.InvalidRequestError:
            self.fallbacks_used += 1
            return self._call(self.fallback, prompt)
