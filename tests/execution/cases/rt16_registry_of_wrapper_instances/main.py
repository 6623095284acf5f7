import openai


class GPT:
    def __init__(self, model, temperature=1.0, max_tokens=None):
        self.model = model
        self.temperature = temperature
        self.max_tokens = max_tokens

    def ask(self, prompt):
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": prompt}],
            temperature=self.temperature,
            max_tokens=self.max_tokens,
        )
        return response.choices[0].message.content


MODELS = {
    "fast": GPT("gpt-3.5-turbo"),
    "smart": GPT("gpt-4", max_tokens=5),
}


def route(prompt, tier="fast"):
    return MODELS[tier].ask(prompt)


if __name__ == "__main__":
    print(route("hello"))
    print(route("solve a very hard puzzle with many steps", tier="smart"))
