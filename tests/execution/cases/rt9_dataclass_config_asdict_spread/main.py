from dataclasses import asdict, dataclass

import openai


@dataclass
class GenerationConfig:
    model: str = "gpt-3.5-turbo"
    temperature: float = 0.0
    max_tokens: int = 50
    top_p: float = 1.0


class Generator:
    def __init__(self, config=None):
        self.config = config or GenerationConfig()

    def generate(self, prompt):
        response = openai.ChatCompletion.create(
            messages=[{"role": "user", "content": prompt}],
            **asdict(self.config),
        )
        return response.choices[0].message.content


if __name__ == "__main__":
    print(Generator().generate("Describe a sunset"))
    print(Generator(GenerationConfig(max_tokens=2)).generate("Describe a sunrise over the hills"))
