import openai


class Assistant:
    def __init__(self, high_quality=False):
        self.high_quality = high_quality

    @property
    def model(self):
        return "gpt-4" if self.high_quality else "gpt-3.5-turbo"

    def answer(self, question):
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": question}],
        )
        return response.choices[0].message.content


if __name__ == "__main__":
    print(Assistant().answer("What is 2+2?"))
    print(Assistant(high_quality=True).answer("Prove there are infinitely many primes"))
