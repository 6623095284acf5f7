import openai


class Agent:
    role = "assistant"

    def __init__(self, name):
        self.name = name
        self.model = "gpt-3.5-turbo"
        self.temperature = 0.7
        self.history = []

    def system_prompt(self):
        return f"You are {self.name}, a {self.role}."

    def run(self, task):
        messages = [{"role": "system", "content": self.system_prompt()}]
        messages += self.history
        messages.append({"role": "user", "content": task})
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=messages,
            temperature=self.temperature,
        )
        content = response["choices"][0]["message"]["content"]
        self.history += [{"role": "user", "content": task}, {"role": "assistant", "content": content}]
        return content
