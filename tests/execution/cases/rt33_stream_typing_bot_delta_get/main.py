"""Bot that streams its answer and 'edits' its message every few chunks (like Discord/Telegram)."""
import openai

EDIT_EVERY = 4


class FakeMessage:
    def __init__(self):
        self.edits = 0
        self.text = ""

    def edit(self, text):
        self.edits += 1
        self.text = text


def stream_reply(prompt, message):
    buffer = ""
    chunks = 0
    for chunk in openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
        temperature=0.7,
        stream=True,
    ):
        delta = chunk["choices"][0]["delta"]
        finish = chunk["choices"][0]["finish_reason"]
        if delta.get("content"):
            buffer += delta["content"]
            chunks += 1
            if chunks % EDIT_EVERY == 0:
                message.edit(buffer + " ▌")
        if finish is not None:
            message.edit(buffer)
            return finish, chunks


for prompt in ["write a haiku about autumn leaves falling slowly", "hi"]:
    msg = FakeMessage()
    finish, n = stream_reply(prompt, msg)
    print(f"{msg.text!r} finish={finish} chunks={n} edits={msg.edits}")
