from collections import defaultdict

import openai

USAGE_KEYS = ("prompt_tokens", "completion_tokens", "total_tokens")


class Client:
    def __init__(self, model="gpt-3.5-turbo"):
        self.model = model
        self.usage = defaultdict(int)

    def ask(self, prompt):
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": prompt}],
        )
        for key in USAGE_KEYS:
            self.usage[key] += response["usage"][key]
        return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    c = Client()
    print(c.ask("Say hello in Spanish"))
    print(c.ask("Say goodbye in Italian please"))
    for key in USAGE_KEYS:
        print(f"{key}: {c.usage[key]}")
