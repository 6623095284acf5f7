import anthropic

SETTINGS = {
    "model": "claude-3-sonnet-20240229",
    "max_tokens": 512,
    "system": "You are a helpful code reviewer. Be brief.",
}

client = anthropic.Anthropic()


def review(snippet):
    message = client.messages.create(
        model=SETTINGS["model"],
        max_tokens=SETTINGS["max_tokens"],
        system=SETTINGS["system"],
        messages=[{"role": "user", "content": f"Review this code:\n{snippet}"}],
    )
    return message.content[0].text


for snippet in ["x = x + 1", "def f(): return None"]:
    print(review(snippet))
    print("=" * 10)
