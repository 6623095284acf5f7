import openai

PRICE_PER_1K = 0.002


class TrackedLLM:
    def __init__(self, model="gpt-3.5-turbo"):
        self.model = model
        self.prompt_tokens = 0
        self.completion_tokens = 0
        self.calls = 0

    def chat(self, prompt):
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": prompt}],
        )
        usage = response["usage"]
        self.prompt_tokens += usage["prompt_tokens"]
        self.completion_tokens += usage.get("completion_tokens", 0)
        self.calls += 1
        return response["choices"][0]["message"]["content"]

    @property
    def total_tokens(self):
        return self.prompt_tokens + self.completion_tokens

    @property
    def cost(self):
        return round(self.total_tokens / 1000 * PRICE_PER_1K, 6)

    def report(self):
        return f"{self.calls} calls, {self.total_tokens} tokens, ${self.cost}"


if __name__ == "__main__":
    llm = TrackedLLM()
    for q in ["hi", "what is the weather like on mars", "tell me a joke about cats"]:
        print(llm.chat(q))
    print(llm.report())
