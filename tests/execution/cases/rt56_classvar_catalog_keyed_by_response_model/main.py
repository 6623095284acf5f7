from dataclasses import dataclass
from typing import ClassVar, Dict

import openai


@dataclass(frozen=True)
class Price:
    prompt: float
    completion: float


class Catalog:
    PRICES: ClassVar[Dict[str, Price]] = {
        "gpt-3.5-turbo": Price(0.0015, 0.002),
        "gpt-4": Price(0.03, 0.06),
    }

    @classmethod
    def cost(cls, model: str, usage) -> float:
        price = cls.PRICES[model]
        return (usage["prompt_tokens"] * price.prompt + usage["completion_tokens"] * price.completion) / 1000


def ask(model: str, question: str) -> str:
    response = openai.ChatCompletion.create(model=model, messages=[{"role": "user", "content": question}])
    cost = Catalog.cost(model, response["usage"])
    return f"{response['choices'][0]['message']['content']} (${cost:.5f})"


if __name__ == "__main__":
    for name in Catalog.PRICES:
        print(ask(name, "what is the capital of peru?"))
