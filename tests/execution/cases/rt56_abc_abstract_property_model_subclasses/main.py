from abc import ABC, abstractmethod

import openai


class Summarizer(ABC):
    max_tokens: int = 6

    @property
    @abstractmethod
    def model(self) -> str:
        """The model this summarizer sends."""

    def summarize(self, text: str) -> str:
        response = openai.ChatCompletion.create(
            model=self.model,
            max_tokens=self.max_tokens,
            messages=[{"role": "system", "content": "Summarize."}, {"role": "user", "content": text}],
        )
        return response.choices[0].message.content


class CheapSummarizer(Summarizer):
    @property
    def model(self) -> str:
        return "gpt-3.5-turbo"


class CarefulSummarizer(Summarizer):
    max_tokens = 9

    @property
    def model(self) -> str:
        return "gpt-4"


if __name__ == "__main__":
    text = "The meeting moved to Thursday because the projector broke and nobody could fix it"
    for summarizer in (CheapSummarizer(), CarefulSummarizer()):
        print(type(summarizer).__name__, "|", summarizer.summarize(text))
