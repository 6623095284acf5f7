"""Bot settings read from the environment with defaults, in one Settings object."""
import os

import openai


class Settings:
    api_key = os.getenv("OPENAI_API_KEY", "")
    model = os.getenv("BOT_MODEL", "gpt-3.5-turbo")
    temperature = float(os.getenv("BOT_TEMPERATURE", "0.8"))
    max_tokens = int(os.getenv("BOT_MAX_TOKENS", "256"))
    system_prompt = os.getenv("BOT_SYSTEM_PROMPT", "You are a helpful Telegram bot.")


settings = Settings()
openai.api_key = settings.api_key


def generate_reply(text):
    response = openai.ChatCompletion.create(
        model=settings.model,
        messages=[
            {"role": "system", "content": settings.system_prompt},
            {"role": "user", "content": text},
        ],
        temperature=settings.temperature,
        max_tokens=settings.max_tokens,
    )
    return response["choices"][0]["message"]["content"]


if __name__ == "__main__":
    for text in ["start", "what can you do?"]:
        print(generate_reply(text))
