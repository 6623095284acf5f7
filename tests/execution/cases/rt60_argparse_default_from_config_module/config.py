"""Defaults for the CLI. Edit here or override on the command line."""
DEFAULT_MODEL = "gpt-3.5-turbo"
DEFAULT_TEMPERATURE = 0.2
DEFAULT_MAX_TOKENS = 60
SYSTEM_PROMPT = "You are a terse commit message writer."
