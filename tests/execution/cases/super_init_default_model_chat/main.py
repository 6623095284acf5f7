import openai


class Assistant:
    def __init__(self, model, system="You are a helpful assistant."):
        self.model = model
        self.system = system
        self.history = []

    def ask(self, question):
        self.history.append({"role": "user", "content": question})
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "system", "content": self.system}, *self.history],
        )
        answer = response["choices"][0]["message"]["content"]
        self.history.append({"role": "assistant", "content": answer})
        return answer


class Poet(Assistant):
    def __init__(self, model="gpt-3.5-turbo", **kwargs):
        super().__init__(model, system="You answer in verse.", **kwargs)


class Reviewer(Assistant):
    def __init__(self, model="gpt-4-0613"):
        super().__init__(model)


if __name__ == "__main__":
    poet = Poet()
    print(poet.ask("Describe the sea"))
    print(poet.ask("And the shore?"))
    print(len(poet.history))
    reviewer = Reviewer()
    print(reviewer.ask("Review this sentence: the cat sat."))
