"""An in-house completion service client (not OpenAI)."""


class Completion:
    @staticmethod
    def create(engine, prompt, max_tokens=16):
        words = prompt.split()[:max_tokens]
        return {"choices": [{"text": " ".join(reversed(words))}], "engine": engine}
