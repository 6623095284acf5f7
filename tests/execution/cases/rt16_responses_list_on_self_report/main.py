import openai


class BatchRunner:
    def __init__(self, model="gpt-3.5-turbo", max_tokens=8):
        self.model = model
        self.max_tokens = max_tokens
        self.responses = []

    def run(self, prompts):
        for prompt in prompts:
            self.responses.append(openai.ChatCompletion.create(
                model=self.model,
                max_tokens=self.max_tokens,
                messages=[{"role": "user", "content": prompt}],
            ))
        return self

    def texts(self):
        return [r["choices"][0]["message"]["content"] for r in self.responses]

    def report(self):
        total = sum(r["usage"]["total_tokens"] for r in self.responses)
        cut = sum(1 for r in self.responses if r["choices"][0]["finish_reason"] == "length")
        return f"{len(self.responses)} responses, {total} tokens, {cut} truncated"


if __name__ == "__main__":
    runner = BatchRunner().run(["short one", "a much longer prompt that will certainly be cut off"])
    print(runner.texts())
    print(runner.report())
