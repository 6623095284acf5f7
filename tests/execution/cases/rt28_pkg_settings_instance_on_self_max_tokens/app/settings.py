from dataclasses import dataclass


@dataclass
class LLMSettings:
    model: str = "gpt-3.5-turbo"
    max_tokens: int = 120
    system_prompt: str = "You answer questions about our gardening shop."
