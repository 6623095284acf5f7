import os

try:
    from openai import OpenAI
except ImportError:
    OpenAI = None

# Gradual rollout of the new SDK: only where NEW_OPENAI_CLIENT=1 is set.
USE_NEW_CLIENT = OpenAI is not None and os.getenv("NEW_OPENAI_CLIENT") == "1"
client = OpenAI() if USE_NEW_CLIENT else None
