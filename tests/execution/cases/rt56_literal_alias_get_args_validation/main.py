from typing import Literal, get_args

import openai

ModelName = Literal["gpt-3.5-turbo", "gpt-4"]
SUPPORTED: tuple[str, ...] = get_args(ModelName)


def ask(prompt: str, model: ModelName = "gpt-3.5-turbo") -> str:
    if model not in SUPPORTED:
        raise ValueError(f"unsupported model {model!r}; choose one of {len(SUPPORTED)}")
    response = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": prompt}],
    )
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(len(SUPPORTED), "models supported")
    print(ask("what is a typed alias?"))
    print(ask("what is a literal type?", model="gpt-4"))
