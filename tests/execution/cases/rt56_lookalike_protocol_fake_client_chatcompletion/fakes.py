"""Test doubles shaped like the openai 0.x resources, used by the unit tests of our app."""
from typing import Any, Dict, List, Protocol


class ChatAPI(Protocol):
    def create(self, *, model: str, messages: List[Dict[str, str]], **kwargs: Any) -> Dict[str, Any]: ...


class ScriptedChatCompletion:
    """Answers from a script, keyed by model."""

    SCRIPT = {"gpt-3.5-turbo": "scripted short answer", "gpt-4": "scripted long answer"}

    def create(self, *, model: str, messages: List[Dict[str, str]], **kwargs: Any) -> Dict[str, Any]:
        return {"choices": [{"message": {"role": "assistant", "content": self.SCRIPT[model]}}],
                "usage": {"total_tokens": len(messages)}}
