import os

DEFAULT_MODEL = os.environ.get("TYPEDLLM_MODEL", "gpt-3.5-turbo")
