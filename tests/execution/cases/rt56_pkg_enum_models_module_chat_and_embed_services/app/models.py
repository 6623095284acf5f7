from enum import Enum


class ChatModel(str, Enum):
    DEFAULT = "gpt-3.5-turbo"
    SMART = "gpt-4"


class EmbeddingModel(str, Enum):
    SIMILARITY = "text-similarity-ada-001"


EMBEDDING_DIMS = {EmbeddingModel.SIMILARITY: 1024}
