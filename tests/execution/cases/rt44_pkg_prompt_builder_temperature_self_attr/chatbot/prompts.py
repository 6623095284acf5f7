class PromptBuilder:
    """Turns a question into chat messages; the style follows the sampling settings."""

    def __init__(self, persona="a helpful assistant"):
        self.persona = persona

    def build(self, question, temperature=0.0, max_tokens=100):
        style = "creative" if temperature >= 0.7 else "precise"
        length = "short" if max_tokens < 20 else "long"
        return [
            {"role": "system", "content": f"You are {self.persona}."},
            {"role": "user", "content": f"[{style}, {length}] {question}"},
        ]
