"""Summarise archived benchmark numbers (no API calls: the runs were done in 2023)."""
from dataclasses import dataclass

RESULTS = {
    "text-davinci-003": {"accuracy": 0.71, "cost_usd": 4.20},
    "gpt-3.5-turbo": {"accuracy": 0.68, "cost_usd": 0.41},
    "gpt-4": {"accuracy": 0.86, "cost_usd": 12.60},
    "text-embedding-ada-002": {"accuracy": 0.64, "cost_usd": 0.02},
}


@dataclass
class Embedding:
    model: str
    dims: int


class Completion:
    @staticmethod
    def create(engine, prompt, max_tokens=16):
        return {"choices": [{"text": f"[{engine}] {prompt[:max_tokens]}"}]}


def complete(prompt, engine="text-davinci-003"):
    return Completion.create(engine=engine, prompt=prompt)["choices"][0]["text"]


def main():
    best = max(RESULTS, key=lambda m: RESULTS[m]["accuracy"])
    for model, row in sorted(RESULTS.items()):
        marker = "*" if model == best else " "
        print(f"{marker} {model:24s} acc={row['accuracy']:.2f} cost=${row['cost_usd']:.2f}")
    print(Embedding(model="text-embedding-ada-002", dims=1536))
    print(complete("replaying a stored prompt"))


if __name__ == "__main__":
    main()
