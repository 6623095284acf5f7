import hashlib
import time

from . import rules


class ChatCompletion:
    """Same call shape as the chat API, so the UI code works with either backend."""

    @classmethod
    def create(cls, model, messages, temperature=1.0, max_tokens=None, **_):
        text = rules.answer(messages[-1]["content"])
        if max_tokens is not None:
            text = " ".join(text.split()[:max_tokens])
        return {
            "id": "local-" + hashlib.md5(text.encode()).hexdigest()[:6],
            "model": model,
            "created": int(time.time()),
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                         "finish_reason": "stop"}],
        }

    @classmethod
    async def acreate(cls, **kwargs):
        return cls.create(**kwargs)


class Embedding:
    @staticmethod
    def create(input, model="text-embedding-ada-002"):
        inputs = [input] if isinstance(input, str) else input
        return {"data": [{"index": i, "embedding": [len(t) / 100.0, t.count(" ") / 10.0]}
                         for i, t in enumerate(inputs)], "model": model}
