import anthropic


def stream(client, question):
    parts = []
    for chunk in client.completions.create(model="claude-2", max_tokens_to_sample=200,
                                           prompt=anthropic.HUMAN_PROMPT + " " + question
                                           + anthropic.AI_PROMPT, stream=True):
        print(chunk.completion, end="", flush=True)
        parts.append(chunk.completion)
    print()
    return "".join(parts)


if __name__ == "__main__":
    client = anthropic.Anthropic()
    text = stream(client, "Name three primary colours.")
    print(len(text.split()))
