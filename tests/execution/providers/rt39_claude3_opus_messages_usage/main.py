import anthropic

client = anthropic.Anthropic()


def review(code: str) -> str:
    message = client.messages.create(
        model="claude-3-opus-20240229",
        max_tokens=1024,
        system="You are a strict senior Python reviewer.",
        messages=[
            {"role": "user", "content": f"Review this code:\n{code}"},
        ],
    )
    print("tokens in/out:", message.usage.input_tokens, message.usage.output_tokens)
    print("stopped:", message.stop_reason)
    return message.content[0].text


print(review("def add(a, b): return a+b"))
