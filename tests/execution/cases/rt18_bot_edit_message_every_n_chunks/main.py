import openai


class FakeChatClient:
    """Stands in for the Telegram/Discord client: prints what the user would see."""

    def send(self, text):
        print(f"send: {text!r}")
        return 1

    def edit(self, message_id, text):
        print(f"edit {message_id}: {text!r}")


def reply_streaming(client, prompt, every=4):
    message_id = client.send("...")
    text = ""
    count = 0
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
        stream=True,
    )
    for chunk in response:
        text += chunk.choices[0].delta.get("content") or ""
        count += 1
        if count % every == 0 and text:
            client.edit(message_id, text)
    client.edit(message_id, text)
    return text


reply_streaming(FakeChatClient(), "please write a very short greeting for my friends")
