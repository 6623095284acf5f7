from enum import Enum
from typing import Any, Dict

import openai


class Mode(Enum):
    PRECISE = "gpt-4"
    CREATIVE = "gpt-3.5-turbo"

    def request_kwargs(self) -> Dict[str, Any]:
        kwargs: Dict[str, Any] = {"model": self.value}
        if self is Mode.PRECISE:
            kwargs["temperature"] = 0
            kwargs["max_tokens"] = 4
        else:
            kwargs["temperature"] = 1
        return kwargs


def ask(mode: Mode, question: str) -> str:
    response = openai.ChatCompletion.create(
        messages=[{"role": "user", "content": question}],
        **mode.request_kwargs(),
    )
    return response.choices[0].message.content


if __name__ == "__main__":
    for mode in Mode:
        print(mode.name, ask(mode, "suggest a title for a book about gardening in winter"))
