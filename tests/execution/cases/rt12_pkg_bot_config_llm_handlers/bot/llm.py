import openai

from .config import MAX_TOKENS, OPENAI_API_KEY, OPENAI_MODEL, SYSTEM_PROMPT

openai.api_key = OPENAI_API_KEY


def chat(history):
    messages = [{"role": "system", "content": SYSTEM_PROMPT}] + history
    response = openai.ChatCompletion.create(
        model=OPENAI_MODEL,
        messages=messages,
        max_tokens=MAX_TOKENS,
    )
    return response.choices[0].message.content
