from typing import ClassVar, Optional

import openai

from llm.base import Provider


class OpenAIChat(Provider):
    name = "openai"
    default_model: ClassVar[Optional[str]] = "gpt-3.5-turbo"

    def complete(self, prompt: str) -> str:
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": prompt}],
        )
        return response["choices"][0]["message"]["content"]
