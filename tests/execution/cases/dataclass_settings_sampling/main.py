from dataclasses import dataclass

import openai


@dataclass
class LLMSettings:
    model: str = "gpt-3.5-turbo"
    temperature: float = 0.7
    max_tokens: int = 40


def translate(text, settings):
    response = openai.ChatCompletion.create(
        model=settings.model,
        temperature=settings.temperature,
        max_tokens=settings.max_tokens,
        messages=[
            {"role": "system", "content": "Translate the user's text to French."},
            {"role": "user", "content": text},
        ],
    )
    return response["choices"][0]["message"]["content"]


def main():
    settings = LLMSettings()
    for line in ["Good morning", "Where is the station?"]:
        print(translate(line, settings))


if __name__ == "__main__":
    main()
