"""Thin wrapper around Claude so the rest of the app doesn't care about the SDK."""
import anthropic
from anthropic import AI_PROMPT, HUMAN_PROMPT


class ClaudeLLM:
    def __init__(self, model="claude-2", max_tokens=300):
        self.client = anthropic.Anthropic()
        self.model = model
        self.max_tokens = max_tokens

    def __call__(self, prompt):
        resp = self.client.completions.create(
            model=self.model,
            prompt=f"{HUMAN_PROMPT} {prompt}{AI_PROMPT}",
            max_tokens_to_sample=self.max_tokens,
        )
        return resp.completion.strip()
