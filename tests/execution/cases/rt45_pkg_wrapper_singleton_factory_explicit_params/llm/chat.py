import openai


class ChatLLM:
    def __init__(self, system="You are a helpful assistant."):
        self.system = system
        self.calls = 0

    def complete(self, prompt, model="gpt-3.5-turbo", max_tokens=256, temperature=0.7):
        self.calls += 1
        response = openai.ChatCompletion.create(
            model=model,
            messages=[
                {"role": "system", "content": self.system},
                {"role": "user", "content": prompt},
            ],
            max_tokens=max_tokens,
            temperature=temperature,
        )
        return response["choices"][0]["message"]["content"].strip()
