"""Shared chat options; timeout= was 0.x's wait for a loading model, not an HTTP limit."""
import openai

CHAT_OPTIONS = {
    "timeout": 1,  # seconds to wait if the engine is still loading
    "user": "support-bot",
}


def reply(text):
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": text}],
        **CHAT_OPTIONS,
    )
    return resp["choices"][0]["message"]["content"]


if __name__ == "__main__":
    print(reply("[slow] Where is my parcel?"))
    print(reply("Thanks"))
