import os

CLAUDE_MODEL = os.environ.get("CLAUDE_MODEL", "claude-2.0")
MAX_TOKENS_TO_SAMPLE = 400
SYSTEM_PROMPT = "You are a concise assistant."
