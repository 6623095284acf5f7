"""Offline drop-in for the parts of the openai module our old scripts use, backed by a canned
answer table (the demo laptop has no network). Same call shapes as openai.Completion."""
from localllm.completion import ChatCompletion, Completion

__all__ = ["Completion", "ChatCompletion"]
