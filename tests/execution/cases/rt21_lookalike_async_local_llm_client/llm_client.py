"""A tiny offline stand-in for a hosted chat API, used by the demo in tests and workshops."""
import asyncio


class RateLimitError(Exception):
    pass


class ChatCompletion:
    calls = 0

    @classmethod
    async def acreate(cls, model, messages, temperature=0.7, max_tokens=None, request_timeout=None):
        cls.calls += 1
        await asyncio.sleep(0)
        text = messages[-1]["content"][::-1]
        if max_tokens:
            text = text[:max_tokens]
        return {"model": model,
                "choices": [{"index": 0, "message": {"role": "assistant", "content": text}}],
                "usage": {"total_tokens": len(text)}}


class Embedding:
    @staticmethod
    async def acreate(input, model):
        texts = input if isinstance(input, list) else [input]
        return {"data": [{"index": i, "embedding": [float(len(t)), float(t.count("a"))]}
                         for i, t in enumerate(texts)]}
