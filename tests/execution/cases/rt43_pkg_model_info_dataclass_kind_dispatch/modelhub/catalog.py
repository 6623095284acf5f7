from dataclasses import dataclass


@dataclass(frozen=True)
class ModelInfo:
    name: str
    kind: str  # "chat", "completion" or "embedding"
    context: int


_CATALOG = [
    ModelInfo("gpt-3.5-turbo", "chat", 4096),
    ModelInfo("gpt-4", "chat", 8192),
    ModelInfo("text-davinci-003", "completion", 4097),
    ModelInfo("text-embedding-ada-002", "embedding", 8191),
]
MODELS = {info.name: info for info in _CATALOG}


def lookup(name):
    try:
        return MODELS[name]
    except KeyError:
        raise ValueError(f"model {name!r} is not in the catalog") from None
