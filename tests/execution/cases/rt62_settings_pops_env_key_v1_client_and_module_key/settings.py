"""Read secrets once and keep them out of the environment of the worker subprocesses."""
import os

import openai

API_KEY = os.environ.pop("OPENAI_API_KEY")
openai.api_key = API_KEY  # for the modules that still use the 0.x API

try:
    from openai import OpenAI
    client = OpenAI(api_key=API_KEY)
except ImportError:
    client = None
