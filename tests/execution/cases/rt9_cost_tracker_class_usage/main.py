import openai

# $ per 1K tokens (gpt-3.5-turbo, June 2023 pricing)
PROMPT_PRICE = 0.0015
COMPLETION_PRICE = 0.002


class CostTracker:
    def __init__(self):
        self.prompt_tokens = 0
        self.completion_tokens = 0
        self.calls = 0

    def add(self, response):
        usage = response["usage"]
        self.prompt_tokens += usage["prompt_tokens"]
        self.completion_tokens += usage["completion_tokens"]
        self.calls += 1

    @property
    def cost(self):
        return (self.prompt_tokens * PROMPT_PRICE + self.completion_tokens * COMPLETION_PRICE) / 1000

    def summary(self):
        return (f"{self.calls} calls, {self.prompt_tokens} prompt + "
                f"{self.completion_tokens} completion tokens = ${self.cost:.6f}")


tracker = CostTracker()


def ask(question):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
    )
    tracker.add(response)
    return response.choices[0].message["content"]


if __name__ == "__main__":
    for q in ["What is 2 + 2?", "Name the largest ocean on Earth", "Spell 'banana' backwards"]:
        print(ask(q))
    print(tracker.summary())
