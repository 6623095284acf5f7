import llm


def render(messages):
    lines = []
    for chunk in llm.stream_chat(messages):
        choice = chunk.choices[0]
        if choice.finish_reason is not None:
            lines.append(f"<{choice.finish_reason}>")
        elif choice.delta.get("role"):
            lines.append(f"{choice.delta['role']}:")
        else:
            lines[-1] += choice.delta.get("content", "")
    return lines


for line in render([{"role": "user", "content": "Give me a haiku about rain"}]):
    print(line)
