import openai

from config import ChatConfig


class Chat:
    def __init__(self, config: ChatConfig, system: str = "You are a helpful assistant."):
        self.config = config
        self.messages = [{"role": "system", "content": system}]

    def send(self, text: str) -> str:
        self.messages.append({"role": "user", "content": text})
        completion = openai.ChatCompletion.create(
            model=self.config.model,
            messages=self.messages,
            temperature=self.config.temperature,
            max_tokens=self.config.max_tokens,
        )
        reply = completion.choices[0].message.content
        self.messages.append({"role": "assistant", "content": reply})
        return reply
