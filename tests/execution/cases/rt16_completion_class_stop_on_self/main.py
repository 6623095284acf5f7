import openai


class Completer:
    def __init__(self, engine="text-davinci-003", stop=None, max_tokens=100, temperature=0):
        self.engine = engine
        self.stop = stop or ["\n"]
        self.max_tokens = max_tokens
        self.temperature = temperature

    def complete(self, prompt):
        response = openai.Completion.create(
            engine=self.engine,
            prompt=prompt,
            stop=self.stop,
            max_tokens=self.max_tokens,
            temperature=self.temperature,
        )
        return response.choices[0].text.strip()


if __name__ == "__main__":
    qa = Completer()
    print(qa.complete("Q: Where is Paris?\nA:"))
    print(qa.complete("Q: What is | the answer?\nA:"))
    pipe = Completer(stop=[" | "])
    print(pipe.complete("first | second"))
