import os
from dataclasses import dataclass


@dataclass(frozen=True)
class EmbeddingSettings:
    model: str = os.getenv("EMBEDDING_MODEL", "text-embedding-ada-002")
    batch_size: int = 2
    answer_model: str = "gpt-3.5-turbo"
    answer_max_tokens: int = 16


SETTINGS = EmbeddingSettings()
