from typing import Final

PROVIDER: Final = "openai"
REVIEW_MODEL: Final = "gpt-4"
