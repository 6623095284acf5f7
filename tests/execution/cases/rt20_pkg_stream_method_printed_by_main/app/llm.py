import openai


class StreamingChat:
    def __init__(self, model="gpt-3.5-turbo", system="You are a storyteller."):
        self.model = model
        self.system = system

    def stream(self, prompt):
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "system", "content": self.system}, {"role": "user", "content": prompt}],
            stream=True,
        )
        for chunk in response:
            delta = chunk["choices"][0]["delta"]
            if "content" in delta:
                yield delta["content"]
