from dataclasses import dataclass

from docqa.constants import ALLOWED_CHAT_MODELS, ALLOWED_EMBEDDING_MODELS


@dataclass
class Settings:
    chat_model: str = "gpt-3.5-turbo"
    embedding_model: str = "text-embedding-ada-002"
    top_k: int = 2

    def __post_init__(self):
        if self.chat_model not in ALLOWED_CHAT_MODELS:
            raise ValueError(f"chat_model must be one of {sorted(ALLOWED_CHAT_MODELS)}")
        if self.embedding_model not in ALLOWED_EMBEDDING_MODELS:
            raise ValueError("unsupported embedding model")
