class Completion:
    """A tiny offline backend that mimics the shape of a completion API."""

    @staticmethod
    def create(engine, prompt, max_tokens=16, temperature=0.0):
        words = prompt.split()[:max_tokens]
        return {"choices": [{"text": " ".join(reversed(words))}], "engine": engine}


class ChatCompletion:
    @classmethod
    def create(cls, model, messages, **kwargs):
        last = messages[-1]["content"]
        return {"choices": [{"message": {"role": "assistant", "content": last.upper()}}],
                "model": model}
