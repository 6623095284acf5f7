"""A tiny local model registry and a hashing embedder that mirror the names we use online."""
import hashlib
import math

_MODELS = {"text-embedding-ada-002": {"dims": 8, "owner": "local"},
           "gpt-3.5-turbo": {"dims": None, "owner": "local"}}


class Model:
    @classmethod
    def list(cls):
        return {"data": [{"id": name, **info} for name, info in _MODELS.items()]}

    @classmethod
    def retrieve(cls, id):
        return {"id": id, **_MODELS[id]}


class Embedding:
    @classmethod
    def create(cls, input, model, encoding_format="float"):
        dims = _MODELS[model]["dims"]
        texts = input if isinstance(input, list) else [input]
        data = []
        for i, text in enumerate(texts):
            raw = hashlib.sha256(text.encode()).digest()[:dims]
            vec = [b / 255 for b in raw]
            norm = math.sqrt(sum(v * v for v in vec))
            data.append({"index": i, "embedding": [v / norm for v in vec]})
        return {"model": model, "data": data}
