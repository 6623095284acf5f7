from assistant import config
from assistant.client import OpenAIClient


class AssistantService:
    def __init__(self, client=None, models=None):
        self.client = client or OpenAIClient(config.OPENAI_API_KEY)
        self.models = models or config.TASK_MODELS

    def summarize(self, text):
        prompt = f"Summarize:\n\n{text}\n\nSummary:"
        return self.client.complete(self.models["summarize"], prompt, config.MAX_TOKENS["summarize"])

    def chat(self, question):
        messages = [{"role": "user", "content": question}]
        return self.client.chat(self.models["chat"], messages, config.MAX_TOKENS["chat"])

    def similarity(self, a, b):
        va, vb = self.client.embed(self.models["embed"], [a, b])
        return sum(x * y for x, y in zip(va, vb))
