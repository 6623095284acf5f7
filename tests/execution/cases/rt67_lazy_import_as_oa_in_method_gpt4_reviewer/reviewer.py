import os


class CodeReviewer:
    """Asks GPT-4 for a one-line review. openai is imported lazily: the CLI starts fast."""

    def __init__(self, model="gpt-4", temperature=0.2, max_tokens=60):
        self.model = model
        self.temperature = temperature
        self.max_tokens = max_tokens
        self.calls = 0

    def review(self, snippet):
        import openai as oa

        oa.api_key = os.environ["OPENAI_API_KEY"]
        reply = oa.ChatCompletion.create(
            model=self.model,
            messages=[
                {"role": "system", "content": "You review Python code in one line."},
                {"role": "user", "content": snippet},
            ],
            temperature=self.temperature,
            max_tokens=self.max_tokens,
        )
        self.calls += 1
        choice = reply["choices"][0]
        return choice["message"]["content"], choice["finish_reason"]
