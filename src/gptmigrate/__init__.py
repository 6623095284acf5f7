"""gptmigrate: find and fix code that calls retired LLM models and endpoints."""

__version__ = "0.1.0"
