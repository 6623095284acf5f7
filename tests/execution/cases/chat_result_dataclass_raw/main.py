from dataclasses import dataclass
from typing import Any

import openai


@dataclass
class Result:
    text: str
    raw: Any


def run(prompt):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo", messages=[{"role": "user", "content": prompt}]
    )
    return Result(text=response["choices"][0]["message"]["content"], raw=response)


if __name__ == "__main__":
    result = run("Give me a fun fact about octopuses")
    print(result.text)
    print("tokens:", result.raw["usage"]["total_tokens"])
    print("finish:", result.raw["choices"][0]["finish_reason"])
