from dataclasses import dataclass


@dataclass(frozen=True)
class ModelSpec:
    name: str
    context_window: int
    kind: str


MODELS = {
    "fast": ModelSpec("gpt-3.5-turbo", 4096, "chat"),
    "smart": ModelSpec("gpt-4", 8192, "chat"),
    "embed": ModelSpec("text-embedding-ada-002", 8191, "embedding"),
}
