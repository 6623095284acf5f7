import anthropic

client = anthropic.Anthropic()
MODEL = "claude-instant-1.2"


def tell(topic):
    words = 0
    with client.completions.create(
        model=MODEL,
        prompt=f"{anthropic.HUMAN_PROMPT} Tell me a fun fact about {topic}.{anthropic.AI_PROMPT}",
        max_tokens_to_sample=150,
        stream=True,
    ) as stream:
        for chunk in stream:
            print(chunk.completion, end="", flush=True)
            words += len(chunk.completion.split())
    print()
    return words


print("words:", tell("octopuses"))
