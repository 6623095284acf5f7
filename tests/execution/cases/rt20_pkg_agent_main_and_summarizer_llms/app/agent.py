from app.config import CHEAP_MODEL, MAIN_MODEL
from app.llm import LLMClient


class MemoryAgent:
    def __init__(self):
        self.brain = LLMClient(MAIN_MODEL)
        self.summarizer = LLMClient(CHEAP_MODEL)
        self.memory = ""

    def step(self, user_input):
        messages = [
            {"role": "system", "content": f"Memory so far: {self.memory or 'nothing'}"},
            {"role": "user", "content": user_input},
        ]
        answer = self.brain.chat(messages)
        self.memory = self.summarizer.chat([{"role": "user", "content": f"Summarize briefly: {user_input}"}])
        return answer
