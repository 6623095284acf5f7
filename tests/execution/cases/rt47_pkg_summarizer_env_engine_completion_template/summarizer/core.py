import openai

from . import prompts, settings


class Summarizer:
    def __init__(self, engine=settings.ENGINE, max_tokens=settings.MAX_TOKENS):
        self.engine = engine
        self.max_tokens = max_tokens
        self.finishes = []

    def _complete(self, prompt, **extra):
        response = openai.Completion.create(
            engine=self.engine,
            prompt=prompt,
            max_tokens=self.max_tokens,
            temperature=0.3,
            **extra,
        )
        self.finishes.append(response.choices[0].finish_reason)
        return response.choices[0].text.strip()

    def tldr(self, text):
        return self._complete(prompts.TLDR.format(text=text))

    def bullets(self, text):
        return self._complete(prompts.BULLETS.format(text=text), stop=["\n\n"])
