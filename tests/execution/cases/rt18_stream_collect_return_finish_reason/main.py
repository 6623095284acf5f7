import openai


def complete(prompt, max_tokens=256):
    """Stream the answer so long replies start showing early; return text and why it ended."""
    text = ""
    finish_reason = None
    for chunk in openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
        max_tokens=max_tokens,
        stream=True,
    ):
        choice = chunk.choices[0]
        content = choice.delta.get("content")
        if content is not None:
            text += content
        if choice.finish_reason is not None:
            finish_reason = choice.finish_reason
    return text, finish_reason


for prompt, limit in [("List three fruits", 100), ("Explain photosynthesis in great detail please", 4)]:
    text, reason = complete(prompt, max_tokens=limit)
    print(repr(text))
    if reason == "length":
        print("  [warning: answer was cut off]")
    else:
        print("  [finished:", reason + "]")
