"""Offline stand-ins shaped like the OpenAI SDK, so the pipeline can be tested without a key."""
import hashlib
import math


class Embedding:
    DIMS = {"text-search-ada-doc-001": 64, "text-embedding-ada-002": 64}

    @staticmethod
    def create(input, engine=None, model=None):
        name = engine or model
        texts = input if isinstance(input, list) else [input]
        data = []
        for i, text in enumerate(texts):
            vec = [0.0] * Embedding.DIMS[name]
            for word in text.lower().split():
                h = int(hashlib.md5(word.encode()).hexdigest(), 16)
                vec[h % len(vec)] += 1.0
            norm = math.sqrt(sum(v * v for v in vec)) or 1.0
            data.append({"index": i, "embedding": [v / norm for v in vec]})
        return {"data": data, "model": name}


class Completion:
    @staticmethod
    def create(engine=None, model=None, prompt="", max_tokens=16, temperature=0, stop=None):
        last = prompt.strip().splitlines()[-1]
        return {"choices": [{"text": " (offline) " + last[:max_tokens * 4], "finish_reason": "stop"}]}


class Moderation:
    BAD = {"hate", "kill"}

    @classmethod
    def create(cls, input, model="text-moderation-latest"):
        flagged = bool(cls.BAD & set(input.lower().split()))
        return {"results": [{"flagged": flagged, "categories": {"hate": flagged}}]}
