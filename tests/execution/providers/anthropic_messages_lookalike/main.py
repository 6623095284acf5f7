import anthropic

HUMAN_PROMPT = "\n\nHuman:"  # our own constant, for logging transcripts
client = anthropic.Anthropic()
message = client.messages.create(
    model="claude-sonnet-4-5-20250929",
    max_tokens=64,
    messages=[{"role": "user", "content": "What colour is grass?"}],
)
print(HUMAN_PROMPT.strip(), message.content[0].text)
