import anthropic

MAX_TOKENS = 500
client = anthropic.Anthropic()


def stream_answer(question: str) -> str:
    stream = client.completions.create(
        prompt=f"{anthropic.HUMAN_PROMPT} {question}{anthropic.AI_PROMPT}",
        max_tokens_to_sample=MAX_TOKENS,
        model="claude-2.1",
        stream=True,
    )
    full = ""
    for data in stream:
        print(data.completion, end="", flush=True)
        full += data.completion
    print()
    return full


if __name__ == "__main__":
    text = stream_answer("Explain recursion in one sentence.")
    print("characters:", len(text))
