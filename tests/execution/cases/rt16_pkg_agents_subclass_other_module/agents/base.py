import openai


class BaseAgent:
    model = "gpt-3.5-turbo"
    system_prompt = "You are a helpful assistant."
    max_tokens = 50

    def run(self, task):
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[
                {"role": "system", "content": self.system_prompt},
                {"role": "user", "content": task},
            ],
            max_tokens=self.max_tokens,
        )
        return self.postprocess(response["choices"][0]["message"]["content"])

    def postprocess(self, text):
        return text
