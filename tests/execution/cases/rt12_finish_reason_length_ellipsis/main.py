"""Replies are kept short for chat; a cut-off answer gets an ellipsis."""
import openai

MAX_REPLY_TOKENS = 8


def short_reply(text):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "Reply in a few words."},
            {"role": "user", "content": text},
        ],
        max_tokens=MAX_REPLY_TOKENS,
    )
    choice = response["choices"][0]
    reply = choice["message"]["content"]
    if choice["finish_reason"] == "length":
        reply += "…"
    return reply


if __name__ == "__main__":
    for text in ["hi", "please explain the theory of relativity in great detail with examples"]:
        print(short_reply(text))
