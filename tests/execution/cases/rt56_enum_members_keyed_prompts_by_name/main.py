import sys
from enum import Enum, unique

import openai


@unique
class Tier(str, Enum):
    BASIC = "gpt-3.5-turbo"
    PREMIUM = "gpt-4"


SYSTEM_PROMPTS = {
    Tier.BASIC: "Be brief.",
    Tier.PREMIUM: "Be thorough and cite sources.",
}


def answer(tier_name: str, question: str) -> str:
    tier = Tier[tier_name.upper()]
    response = openai.ChatCompletion.create(
        model=tier,
        messages=[{"role": "system", "content": SYSTEM_PROMPTS[tier]},
                  {"role": "user", "content": question}],
    )
    return f"{tier.name.title()}: {response['choices'][0]['message']['content']}"


if __name__ == "__main__":
    for name in sys.argv[1:] or ["basic", "premium"]:
        print(answer(name, "why is the sky blue?"))
    print([t.name for t in Tier])
