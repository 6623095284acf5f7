from openai.error import InvalidRequestError, OpenAIError, RateLimitError

from .config import HISTORY_LIMIT
from .llm import chat

sessions = {}


def on_text(chat_id, text):
    history = sessions.setdefault(chat_id, [])
    history.append({"role": "user", "content": text})
    del history[:-HISTORY_LIMIT]
    try:
        answer = chat(history)
    except RateLimitError:
        return "⏳ Too many requests, try again soon."
    except InvalidRequestError:
        history.clear()
        return "⚠️ Your conversation was reset."
    except OpenAIError:
        return "⚠️ OpenAI error, try again later."
    history.append({"role": "assistant", "content": answer})
    return answer


def on_command(chat_id, command):
    if command == "/start":
        return "Hi! Send me a message."
    if command == "/reset":
        sessions.pop(chat_id, None)
        return "Conversation cleared."
    return "Unknown command."
