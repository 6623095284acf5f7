from app.config import AppConfig
from app.generator import TaglineGenerator


def create_generator(config: AppConfig) -> TaglineGenerator:
    gen = config.generation
    return TaglineGenerator(
        model=gen.model,
        n=gen.n,
        temperature=gen.temperature,
        max_tokens=gen.max_tokens,
    )
