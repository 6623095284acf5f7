import openai


class Assistant:
    def __init__(self, config):
        openai.api_key = config.OPENAI_API_KEY
        self.model = config.CHAT_MODEL
        self.temperature = config.TEMPERATURE
        self.max_tokens = config.MAX_TOKENS

    def answer(self, question):
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": question}],
            temperature=self.temperature,
            max_tokens=self.max_tokens,
        )
        return response.choices[0].message["content"]
