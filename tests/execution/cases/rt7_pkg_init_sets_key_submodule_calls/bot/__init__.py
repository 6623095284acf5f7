import os

import openai

openai.api_key = os.environ["OPENAI_API_KEY"]

from .chat import reply  # noqa: E402

__all__ = ["reply"]
