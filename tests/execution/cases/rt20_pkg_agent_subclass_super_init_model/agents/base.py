import openai


class Agent:
    def __init__(self, name, model="gpt-3.5-turbo", temperature=0.7, max_tokens=200):
        self.name = name
        self.model = model
        self.temperature = temperature
        self.max_tokens = max_tokens

    def system_prompt(self):
        return f"You are {self.name}."

    def act(self, task):
        completion = openai.ChatCompletion.create(
            model=self.model,
            messages=[
                {"role": "system", "content": self.system_prompt()},
                {"role": "user", "content": task},
            ],
            temperature=self.temperature,
            max_tokens=self.max_tokens,
        )
        return completion.choices[0].message["content"]
