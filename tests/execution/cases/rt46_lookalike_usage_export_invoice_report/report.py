"""Monthly invoice check: re-prices the usage export downloaded from the OpenAI dashboard
(August 2023 price list) so finance can compare it with the invoice."""
import csv
from dataclasses import dataclass

# USD per 1k tokens (prompt, completion), as listed on openai.com/pricing in August 2023
PRICES = {
    "gpt-3.5-turbo": (0.0015, 0.002),
    "gpt-3.5-turbo-16k": (0.003, 0.004),
    "gpt-4": (0.03, 0.06),
    "text-davinci-003": (0.02, 0.02),
    "text-embedding-ada-002": (0.0001, 0.0),
}


@dataclass
class ChatCompletion:
    """One row of the export (the dashboard calls every row a 'completion')."""
    date: str
    model: str
    prompt_tokens: int
    completion_tokens: int

    @classmethod
    def create(cls, row):
        return cls(row["date"], row["model"], int(row["prompt_tokens"]),
                   int(row["completion_tokens"]))

    @property
    def cost(self):
        prompt_price, completion_price = PRICES[self.model]
        return (self.prompt_tokens * prompt_price + self.completion_tokens * completion_price) / 1000


def load(path):
    with open(path, newline="") as fh:
        return [ChatCompletion.create(row) for row in csv.DictReader(fh)]
