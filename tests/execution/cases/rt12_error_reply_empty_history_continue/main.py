"""Telegram-style handler: errors from the API are sent back to the user as text."""
import openai

histories = {}


def reply_text(chat_id, messages):
    try:
        response = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=messages,
            max_tokens=100,
        )
    except openai.error.RateLimitError:
        return "I'm being rate limited, please wait a minute."
    except openai.error.InvalidRequestError:
        return "Bad request: I could not process that."
    except openai.error.Timeout:
        return "OpenAI took too long to answer."
    except openai.error.APIError:
        return "OpenAI had an internal error."
    text = response.choices[0].message.content
    histories.setdefault(chat_id, []).append({"role": "assistant", "content": text})
    return text


def handle(chat_id, text):
    if text == "/continue":
        return reply_text(chat_id, histories.get(chat_id, []))
    histories.setdefault(chat_id, []).append({"role": "user", "content": text})
    return reply_text(chat_id, histories[chat_id])


UPDATES = [(1, "/continue"), (1, "Write a haiku about tea"), (1, "/continue"), (2, "/continue")]

if __name__ == "__main__":
    for chat_id, text in UPDATES:
        print(f"[{chat_id}] {text} -> {handle(chat_id, text)}")
