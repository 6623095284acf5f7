import openai


class BaseLLM:
    def __init__(self, model, temperature=0.0, max_tokens=64):
        self.model = model
        self.temperature = temperature
        self.max_tokens = max_tokens

    def generate(self, prompt):
        raise NotImplementedError

    def __repr__(self):
        return f"<{type(self).__name__}>"


class ChatLLM(BaseLLM):
    def __init__(self, model="gpt-3.5-turbo", **kwargs):
        super().__init__(model, **kwargs)

    def generate(self, prompt):
        resp = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": prompt}],
            temperature=self.temperature,
            max_tokens=self.max_tokens,
        )
        return resp.choices[0].message.content


class CompletionLLM(BaseLLM):
    def __init__(self, model="text-davinci-003", **kwargs):
        super().__init__(model, **kwargs)

    def generate(self, prompt):
        resp = openai.Completion.create(
            model=self.model,
            prompt=prompt,
            temperature=self.temperature,
            max_tokens=self.max_tokens,
        )
        return resp.choices[0].text


if __name__ == "__main__":
    for llm in (ChatLLM(), CompletionLLM(), ChatLLM(max_tokens=3)):
        print(llm, "->", llm.generate("Write a haiku about autumn leaves"))
