from dataclasses import dataclass


@dataclass
class AzureSearchConfig:
    api_base: str = "https://contoso-search.example"
    api_version: str = "2023-07-01-preview"
    api_key: str = "local"
    api_type: str = "azure"


class SuggestClient:
    def __init__(self, config):
        self.config = config

    def create(self, engine, prompt, max_tokens=3):
        words = [w for w in prompt.lower().split() if w.isalpha()]
        return {"engine": engine, "choices": [{"text": " ".join(words[:max_tokens])}]}
