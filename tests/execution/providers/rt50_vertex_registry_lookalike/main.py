"""A model registry for our cost dashboard: Vertex AI model names are data here."""
from dataclasses import dataclass


@dataclass
class TextGenerationModel:
    name: str
    price_per_1k_chars: float

    @classmethod
    def from_pretrained(cls, name):
        return cls(name, PRICES[name])


PRICES = {"text-bison@001": 0.0005, "gemini-1.0-pro": 0.000125, "gemini-2.5-flash": 0.0003}


def init(project, location):
    return f"projects/{project}/locations/{location}"


print(init(project="acme", location="us-central1"))
for name in PRICES:
    model = TextGenerationModel.from_pretrained(name)
    print(model.name, model.price_per_1k_chars * 10)
