"""Chat helper. openai is an optional dependency of this tool (pip install tool[llm])."""
import importlib
import os

try:
    openai = importlib.import_module("openai")
except ImportError:  # pragma: no cover - the llm extra is not installed
    openai = None

CHAT_MODEL = "gpt-3.5-turbo"


def available():
    return openai is not None


def ask(question, system="You are a terse assistant."):
    if openai is None:
        raise RuntimeError("this command needs the llm extra: pip install tool[llm]")
    openai.api_key = os.environ["OPENAI_API_KEY"]
    response = openai.ChatCompletion.create(
        model=CHAT_MODEL,
        messages=[
            {"role": "system", "content": system},
            {"role": "user", "content": question},
        ],
        max_tokens=40,
    )
    answer = response.choices[0].message.content.strip()
    return answer, response.usage.total_tokens
