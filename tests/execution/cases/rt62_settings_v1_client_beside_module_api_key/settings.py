"""Project settings. The openai>=1 client is created here; some modules still use the module API."""
import os

OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY", "")
CHAT_MODEL = "gpt-3.5-turbo"

try:
    from openai import OpenAI
except ImportError:  # production still pins openai 0.28 until the summarizer is ported
    OpenAI = None

client = OpenAI(api_key=OPENAI_API_KEY) if OpenAI is not None else None
