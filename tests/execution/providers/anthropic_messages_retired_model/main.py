import anthropic

client = anthropic.Anthropic()
message = client.messages.create(
    model="claude-3-haiku-20240307",
    max_tokens=64,
    system="Answer briefly.",
    messages=[{"role": "user", "content": "What colour is the sky?"}],
)
print(message.content[0].text)
