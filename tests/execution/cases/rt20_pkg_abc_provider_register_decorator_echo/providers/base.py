from abc import ABC, abstractmethod

PROVIDERS = {}


def register(name):
    def wrap(cls):
        PROVIDERS[name] = cls
        return cls
    return wrap


class LLMProvider(ABC):
    model = None

    @abstractmethod
    def complete(self, prompt: str) -> str:
        ...

    def describe(self):
        return f"{type(self).__name__} using {self.model}"


def get_provider(name, **kwargs):
    return PROVIDERS[name](**kwargs)
