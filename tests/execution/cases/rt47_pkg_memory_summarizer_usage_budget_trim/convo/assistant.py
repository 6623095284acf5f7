import openai

from . import settings
from .memory import SummaryMemory


class Assistant:
    system = "You are a helpful travel assistant."

    def __init__(self, model=settings.ASSISTANT_MODEL):
        self.model = model
        self.memory = SummaryMemory()

    def reply(self, text):
        self.memory.add("user", text)
        response = openai.ChatCompletion.create(
            model=self.model, messages=self.memory.messages(self.system), temperature=0.4)
        answer = response.choices[0].message.content
        self.memory.add("assistant", answer)
        if response.usage.prompt_tokens > settings.PROMPT_BUDGET:
            self.memory.fold()
        return answer, response.usage.prompt_tokens
