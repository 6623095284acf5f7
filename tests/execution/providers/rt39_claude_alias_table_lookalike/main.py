import anthropic

# Labels for the model ids found in last year's usage export.
LABELS = {
    "claude-2": "Claude 2 (legacy)",
    "claude-instant-1.2": "Claude Instant (legacy)",
    "claude-3-opus-20240229": "Claude 3 Opus (legacy)",
}
LOG_LINES = [
    "2023-11-02,claude-2,1200",
    "2024-03-15,claude-3-opus-20240229,800",
    "2024-01-09,claude-instant-1.2,300",
]

for line in LOG_LINES:
    day, model_id, tokens = line.split(",")
    print(day, LABELS.get(model_id, "unknown"), tokens)

client = anthropic.Anthropic()
reply = client.messages.create(
    model="claude-sonnet-4-6",
    max_tokens=100,
    messages=[{"role": "user", "content": "Say hi."}],
)
print(reply.content[0].text)
