"""One SDK client for the package (openai>=1); None while we still run openai 0.x."""
try:
    from openai import OpenAI
    client = OpenAI()
except ImportError:
    client = None
