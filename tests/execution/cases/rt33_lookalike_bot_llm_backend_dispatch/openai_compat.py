"""Offline stand-in with the same call shape as the 2023 OpenAI client (not the openai package)."""


class ChatCompletion:
    @staticmethod
    def create(model, messages, temperature=1.0, max_tokens=None):
        text = messages[-1]["content"]
        words = text.split()[: max_tokens or None]
        return {"choices": [{"message": {"role": "assistant", "content": "local: " + " ".join(reversed(words))}}]}


class Embedding:
    @staticmethod
    def create(model, input):
        return {"data": [{"embedding": [float(len(t))] * 4} for t in input]}
