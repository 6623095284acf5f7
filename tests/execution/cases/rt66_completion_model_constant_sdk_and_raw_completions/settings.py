import os

COMPLETION_MODEL = "text-davinci-003"
API_BASE = os.environ.get("OPENAI_API_BASE", "https://api.openai.com/v1")
API_KEY = os.environ["OPENAI_API_KEY"]
