import openai

from chatbot.prompts import PromptBuilder


class Bot:
    def __init__(self, model="gpt-4", temperature=0.9, max_tokens=30):
        self.model = model
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.builder = PromptBuilder(persona="a travel guide")

    def ask(self, question):
        messages = self.builder.build(
            question, temperature=self.temperature, max_tokens=self.max_tokens
        )
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=messages,
            temperature=self.temperature,
            max_tokens=self.max_tokens,
        )
        return response.choices[0].message.content
