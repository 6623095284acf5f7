from dataclasses import dataclass, asdict

import openai

PRICE_PER_1K = {"prompt": 0.0015, "completion": 0.002}


@dataclass
class UsageStats:
    prompt_tokens: int
    completion_tokens: int
    total_tokens: int

    @property
    def cost(self):
        return (self.prompt_tokens * PRICE_PER_1K["prompt"]
                + self.completion_tokens * PRICE_PER_1K["completion"]) / 1000


def ask(question):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
    )
    usage = UsageStats(**response["usage"])
    return response["choices"][0]["message"]["content"], usage


if __name__ == "__main__":
    answer, usage = ask("Name three primary colours")
    print(answer)
    print(asdict(usage))
    print(f"cost: ${usage.cost:.6f}")
