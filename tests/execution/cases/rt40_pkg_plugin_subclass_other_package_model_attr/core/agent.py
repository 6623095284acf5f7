import openai


class Agent:
    name = "assistant"
    model = "gpt-3.5-turbo"
    temperature = 0
    max_tokens = 12
    system_prompt = "You are a helpful assistant."

    def run(self, task):
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[
                {"role": "system", "content": self.system_prompt},
                {"role": "user", "content": task},
            ],
            temperature=self.temperature,
            max_tokens=self.max_tokens,
        )
        return response.choices[0].message.content
