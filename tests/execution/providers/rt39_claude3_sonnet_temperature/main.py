import anthropic

client = anthropic.Anthropic()

SYSTEM = "Reply with a single short sentence."

for topic in ["tea", "coffee"]:
    msg = client.messages.create(
        model="claude-3-sonnet-20240229",
        max_tokens=300,
        temperature=0.2,
        top_k=40,
        system=SYSTEM,
        messages=[{"role": "user", "content": f"Tell me a fun fact about {topic}."}],
    )
    print(msg.content[0].text)
