import openai

PRICE_PER_1K = 0.02


class CostTracker:
    def __init__(self):
        self.tokens = 0

    def record(self, response):
        if "usage" in response:
            self.tokens += response["usage"]["total_tokens"]

    @property
    def dollars(self):
        return round(self.tokens / 1000 * PRICE_PER_1K, 6)


def main():
    tracker = CostTracker()
    for name in ["Ada", "Grace"]:
        response = openai.Completion.create(
            engine="text-davinci-003",
            prompt=f"Write a one-line birthday card for {name}.",
            max_tokens=30,
        )
        tracker.record(response)
        print(response["choices"][0]["text"].strip())
    print(f"{tracker.tokens} tokens, ${tracker.dollars}")


if __name__ == "__main__":
    main()
