import anthropic

client = anthropic.Anthropic()
stream = client.messages.create(
    model="claude-3-haiku-20240307",
    max_tokens=256,
    messages=[{"role": "user", "content": "Count from one to five in words."}],
    stream=True,
)
output_tokens = 0
for event in stream:
    if event.type == "content_block_delta":
        print(event.delta.text, end="", flush=True)
    elif event.type == "message_delta":
        output_tokens = event.usage.output_tokens
print()
print("output tokens:", output_tokens)
