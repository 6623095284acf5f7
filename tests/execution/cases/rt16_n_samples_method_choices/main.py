import openai


class Brainstormer:
    def __init__(self, model="gpt-3.5-turbo", temperature=0.9):
        self.model = model
        self.temperature = temperature

    def ideas(self, topic, n=3):
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": f"An idea about {topic}"}],
            n=n,
            temperature=self.temperature,
        )
        return [c.message.content for c in sorted(response.choices, key=lambda c: c.index)]


if __name__ == "__main__":
    b = Brainstormer()
    for i, idea in enumerate(b.ideas("gardening"), 1):
        print(i, idea)
    print(len(b.ideas("robots", n=2)))
