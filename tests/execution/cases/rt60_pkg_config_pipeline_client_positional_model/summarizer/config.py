from dataclasses import dataclass


@dataclass
class LLMConfig:
    model: str = "gpt-3.5-turbo"
    max_tokens: int = 28


@dataclass
class AppConfig:
    llm: LLMConfig
    chunk_size: int = 60


def load_config():
    return AppConfig(llm=LLMConfig())
