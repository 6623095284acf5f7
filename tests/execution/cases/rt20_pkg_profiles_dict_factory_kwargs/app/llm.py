import openai

from app.config import LLM_PROFILES


class LLMClient:
    def __init__(self, model, max_tokens=256):
        self.model = model
        self.max_tokens = max_tokens

    def chat(self, prompt):
        response = openai.ChatCompletion.create(
            model=self.model,
            messages=[{"role": "user", "content": prompt}],
            max_tokens=self.max_tokens,
        )
        return response["choices"][0]["message"]["content"]


def make_llm(profile):
    return LLMClient(**LLM_PROFILES[profile])
