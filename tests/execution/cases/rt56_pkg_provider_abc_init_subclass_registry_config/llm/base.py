from abc import ABC, abstractmethod
from typing import ClassVar, Dict, Optional, Type


class Provider(ABC):
    name: ClassVar[str]
    default_model: ClassVar[Optional[str]] = None
    _registry: ClassVar[Dict[str, Type["Provider"]]] = {}

    def __init_subclass__(cls, **kwargs) -> None:
        super().__init_subclass__(**kwargs)
        Provider._registry[cls.name] = cls

    def __init__(self, model: Optional[str] = None) -> None:
        self.model = model or self.default_model

    @classmethod
    def create(cls, name: str, **kwargs) -> "Provider":
        return cls._registry[name](**kwargs)

    @abstractmethod
    def complete(self, prompt: str) -> str:
        raise NotImplementedError
