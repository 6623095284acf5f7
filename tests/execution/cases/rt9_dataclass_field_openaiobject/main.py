from dataclasses import dataclass, field
from typing import List, Optional

import openai
from openai.openai_object import OpenAIObject


@dataclass
class Exchange:
    question: str
    response: Optional[OpenAIObject] = None

    @property
    def answer(self) -> str:
        if self.response is None:
            return "<pending>"
        return self.response["choices"][0]["message"]["content"]

    @property
    def tokens(self) -> int:
        return self.response["usage"]["total_tokens"] if self.response else 0


@dataclass
class Session:
    model: str = "gpt-3.5-turbo"
    exchanges: List[Exchange] = field(default_factory=list)

    def ask(self, question: str) -> Exchange:
        ex = Exchange(question)
        self.exchanges.append(ex)
        ex.response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": question}],
        )
        return ex

    def total_tokens(self) -> int:
        return sum(ex.tokens for ex in self.exchanges)


if __name__ == "__main__":
    session = Session()
    pending = Exchange("not asked yet")
    for q in ["What is a monad?", "What is a functor?"]:
        session.ask(q)
    for ex in session.exchanges + [pending]:
        print(f"{ex.question} -> {ex.answer} ({ex.tokens})")
    print("total:", session.total_tokens())
