"""Offline demo mode: a stand-in with the openai>=1 client surface that replays answers we
recorded in 2023, keyed by the model they came from. Never talks to the network."""
from types import SimpleNamespace

RECORDINGS = {
    ("gpt-3.5-turbo", "Suggest a name for a bakery"): "Rise & Shine",
    ("gpt-3.5-turbo", "Suggest a name for a bookshop"): "Dog-Eared",
    ("gpt-4", "Suggest a name for a bakery"): "The Crumb Collective",
}


class _Completions:
    def create(self, model, messages, **_ignored):
        prompt = messages[-1]["content"]
        text = RECORDINGS.get((model, prompt), "<no recording>")
        message = SimpleNamespace(role="assistant", content=text)
        return SimpleNamespace(model=model, choices=[SimpleNamespace(index=0, message=message)])


class ReplayClient:
    def __init__(self):
        self.chat = SimpleNamespace(completions=_Completions())
