import anthropic

claude = anthropic.Client()


def summarize(text):
    out = claude.completions.create(
        model="claude-instant-1.2",
        max_tokens_to_sample=100,
        prompt="You write one-line summaries.\n\nHuman: Summarize: " + text + "\n\nAssistant:",
    )
    return out.completion


if __name__ == "__main__":
    for line in ("The cat sat on the mat all afternoon.", "Rain is expected tomorrow."):
        print(summarize(line))
