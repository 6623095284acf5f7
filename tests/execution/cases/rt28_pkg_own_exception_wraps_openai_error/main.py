import openai

from errors import LLMError
from llm import chat

CONVERSATIONS = [
    [{"role": "user", "content": "Say hello in Spanish"}],
    [],
    [{"role": "robot", "content": "beep"}],
]
for messages in CONVERSATIONS:
    try:
        print("ok:", chat(messages))
    except LLMError as exc:
        print("error:", exc, exc.retryable, isinstance(exc.__cause__, openai.error.OpenAIError))
