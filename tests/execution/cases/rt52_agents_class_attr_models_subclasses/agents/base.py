import openai


class Agent:
    model = "gpt-3.5-turbo"
    role = "assistant"
    max_tokens = 30

    def __init__(self, name):
        self.name = name
        self.calls = 0

    def system_prompt(self):
        return f"You are {self.name}, acting as the team's {self.role}."

    def run(self, task):
        self.calls += 1
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "system", "content": self.system_prompt()},
                      {"role": "user", "content": task}],
            max_tokens=self.max_tokens,
        )
        return response.choices[0].message["content"]
