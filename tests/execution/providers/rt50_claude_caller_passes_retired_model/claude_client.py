from anthropic import AI_PROMPT, HUMAN_PROMPT, Anthropic


class ClaudeClient:
    def __init__(self, model="claude-2", max_tokens=256):
        self.client = Anthropic()
        self.model = model
        self.max_tokens = max_tokens

    def complete(self, text):
        response = self.client.completions.create(
            model=self.model,
            prompt=f"{HUMAN_PROMPT} {text}{AI_PROMPT}",
            max_tokens_to_sample=self.max_tokens,
        )
        return response.completion.strip()
