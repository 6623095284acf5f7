from dataclasses import dataclass


@dataclass(frozen=True)
class Config:
    chat_model: str = "gpt-3.5-turbo"
    embedding_model: str = "text-embedding-ada-002"
    system_prompt: str = "You are a support agent for Acme Bikes."


CONFIG = Config()
