"""A tiny offline stand-in for a chat model, used in our unit tests and demos."""


class ChatCompletion:
    @staticmethod
    def create(model, messages, temperature=1.0, max_tokens=16, stop=None):
        text = "offline: " + messages[-1]["content"]
        if stop and stop in text:
            text = text[: text.index(stop)]
        words = text.split()[:max_tokens]
        return {"model": model, "choices": [{"message": {"role": "assistant",
                                                         "content": " ".join(words)}}]}
