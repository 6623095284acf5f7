import openai


class ChatBot:
    MODEL = "gpt-3.5-turbo"
    MAX_TOKENS = 30

    def reply(self, text):
        response = openai.ChatCompletion.create(
            model=self.MODEL,
            messages=[{"role": "user", "content": text}],
            max_tokens=self.MAX_TOKENS,
        )
        return response["choices"][0]["message"]["content"]
