from typing import Final, NewType

import openai

ModelId = NewType("ModelId", str)

FAST: Final = ModelId("gpt-3.5-turbo")
STRONG: Final = ModelId("gpt-4")


def complete(prompt: str, model: ModelId = FAST, limit: int = 5) -> str:
    response = openai.ChatCompletion.create(
        model=model,
        max_tokens=limit,
        messages=[{"role": "user", "content": prompt}],
    )
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(complete("describe the ocean at night in a few words"))
    print(complete("describe the desert at noon in a few words", STRONG, 8))
