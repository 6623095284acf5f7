import openai

from .config import LLMConfig


class Labeler:
    def __init__(self, config=None):
        self.config = config or LLMConfig()

    def label(self, ticket):
        cfg = self.config
        response = openai.ChatCompletion.create(
            model=cfg.model,
            messages=[{"role": "system", "content": cfg.system_prompt},
                      {"role": "user", "content": ticket}],
            temperature=cfg.temperature,
            max_tokens=cfg.max_tokens,
        )
        return response.choices[0].message.content, response.choices[0].finish_reason
