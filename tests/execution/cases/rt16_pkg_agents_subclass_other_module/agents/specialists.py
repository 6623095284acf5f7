from .base import BaseAgent


class Coder(BaseAgent):
    model = "gpt-4"
    system_prompt = "You write Python."

    def postprocess(self, text):
        return f"```\n{text}\n```"


class Shouter(BaseAgent):
    max_tokens = 3

    def postprocess(self, text):
        return text.upper()
