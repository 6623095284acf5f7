import os

DEBUG = os.environ.get("DEBUG", "0") == "1"

OPENAI = {
    "API_KEY": os.environ.get("OPENAI_API_KEY", ""),
    "MODEL": "gpt-3.5-turbo",
    "TEMPERATURE": 0.4,
    "MAX_TOKENS": 15,
}
