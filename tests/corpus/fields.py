from dataclasses import dataclass, field

from pydantic import BaseModel, Field
from pydantic_settings import BaseSettings


@dataclass
class CompletionConfig:
    model: str = "text-davinci-002"
    engine: str = field(default="davinci")
    max_tokens: int = 256
    author: str = "ada"


class ChatRequest(BaseModel):
    model_name: str = Field("gpt-3.5-turbo-0301", description="which chat model")
    persona: str = Field(default="curie", description="a scientist persona")


class Settings(BaseSettings):
    embedding_model: str = "text-similarity-babbage-001"
    model_dir: str = "davinci"
