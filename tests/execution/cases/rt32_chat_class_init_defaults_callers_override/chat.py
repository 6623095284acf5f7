import openai


class Chat:
    def __init__(self, model="gpt-3.5-turbo", temperature=0.7, max_tokens=None,
                 system="You are a helpful assistant."):
        self.model = model
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.history = [{"role": "system", "content": system}]

    def __call__(self, prompt):
        self.history.append({"role": "user", "content": prompt})
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=self.history,
            temperature=self.temperature,
            max_tokens=self.max_tokens,
        )
        content = response["choices"][0]["message"]["content"]
        self.history.append({"role": "assistant", "content": content})
        return content
