import openai


class GPT3:
    def __init__(self, engine="text-davinci-003", temperature=0, max_tokens=100):
        self.engine = engine
        self.temperature = temperature
        self.max_tokens = max_tokens

    def submit(self, prompt):
        return openai.Completion.create(
            engine=self.engine,
            prompt=prompt,
            temperature=self.temperature,
            max_tokens=self.max_tokens,
        )
