"""Imported first by every test module and by main.py (like a conftest)."""
import os

import openai

openai.api_key = os.environ.get("OPENAI_API_KEY", "sk-test-key")
