from types import MappingProxyType
from typing import Final, Mapping

import openai

TIER_MODELS: Final[Mapping[str, str]] = MappingProxyType({
    "free": "gpt-3.5-turbo",
    "pro": "gpt-4",
})


class Account:
    __slots__ = ("user", "tier")

    def __init__(self, user: str, tier: str) -> None:
        self.user = user
        self.tier = tier

    @property
    def model(self) -> str:
        return TIER_MODELS[self.tier]

    def ask(self, question: str) -> str:
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": question}],
            user=self.user,
        )
        return response.choices[0].message.content


if __name__ == "__main__":
    for account in (Account("ann", "free"), Account("bo", "pro")):
        print(account.user, account.tier, account.ask("how do tides work?"))
    try:
        TIER_MODELS["team"] = "gpt-4"  # read-only
    except TypeError as exc:
        print("read-only:", type(exc).__name__)
