import os
from dataclasses import dataclass
from functools import lru_cache


@dataclass(frozen=True)
class Settings:
    openai_api_key: str
    llm_model: str
    llm_max_tokens: int
    environment: str


@lru_cache()
def get_settings() -> Settings:
    return Settings(
        openai_api_key=os.environ.get("OPENAI_API_KEY", ""),
        llm_model=os.environ.get("LLM_MODEL", "gpt-3.5-turbo"),
        llm_max_tokens=int(os.environ.get("LLM_MAX_TOKENS", "40")),
        environment=os.environ.get("ENVIRONMENT", "local"),
    )
