import os

OPENAI_API_KEY = os.environ.get("OPENAI_API_KEY", "")

TASK_MODELS = {
    "summarize": "text-davinci-003",
    "chat": "gpt-3.5-turbo",
    "embed": "text-embedding-ada-002",
}

MAX_TOKENS = {"summarize": 24, "chat": 40}
