import openai

from summarizer.config import Config


class Summarizer:
    def __init__(self, config=Config):
        self.config = config

    def _chunks(self, text):
        words = text.split()
        size = self.config.CHUNK_WORDS
        return [" ".join(words[i:i + size]) for i in range(0, len(words), size)]

    def summarize(self, text):
        parts = []
        for chunk in self._chunks(text):
            response = openai.ChatCompletion.create(
                model=self.config.OPENAI_MODEL,
                messages=[
                    {"role": "system", "content": "Summarize in one line."},
                    {"role": "user", "content": chunk},
                ],
                temperature=self.config.TEMPERATURE,
                max_tokens=self.config.MAX_TOKENS,
            )
            parts.append(response.choices[0].message.content)
        return parts
