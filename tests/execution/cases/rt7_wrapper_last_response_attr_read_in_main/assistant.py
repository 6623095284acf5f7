import openai


class Assistant:
    def __init__(self, model="gpt-3.5-turbo"):
        self.model = model
        self.last_response = None

    def ask(self, prompt):
        self.last_response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": prompt}],
        )
        return self.last_response.choices[0].message.content
