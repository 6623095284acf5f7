from dataclasses import dataclass

from rag.constants import CHAT_MODEL, EMBED_MODEL, TOP_K


@dataclass
class RAGConfig:
    chat_model: str = CHAT_MODEL
    embed_model: str = EMBED_MODEL
    top_k: int = TOP_K
    max_answer_tokens: int = 20
