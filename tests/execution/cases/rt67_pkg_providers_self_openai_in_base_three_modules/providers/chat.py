from .base import Provider


class ChatProvider(Provider):
    model = "gpt-3.5-turbo"

    def chat(self, prompt):
        result = self.openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": prompt}],
        )
        return result["choices"][0]["message"]["content"]
