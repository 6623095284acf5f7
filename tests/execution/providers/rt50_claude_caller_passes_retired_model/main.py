from claude_client import ClaudeClient

smart = ClaudeClient()
cheap = ClaudeClient(model="claude-instant-1.2", max_tokens=100)

print(smart.complete("Plan a three-day trip to Kyoto."))
print(cheap.complete("Give the trip a title."))
