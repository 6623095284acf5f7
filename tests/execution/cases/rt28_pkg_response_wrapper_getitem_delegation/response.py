class LLMResponse:
    def __init__(self, raw):
        self.raw = raw

    def __getitem__(self, key):
        return self.raw[key]

    @property
    def text(self):
        return self.raw["choices"][0]["message"]["content"]

    @property
    def tokens(self):
        return self.raw["usage"]["total_tokens"]
