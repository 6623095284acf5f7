import os
import sys

from anthropic import AI_PROMPT, HUMAN_PROMPT, Anthropic

MODEL = os.environ.get("CLAUDE_MODEL", "claude-instant-1")

client = Anthropic()


def stream_completion(question):
    stream = client.completions.create(
        model=MODEL,
        prompt=f"{HUMAN_PROMPT} {question}{AI_PROMPT}",
        max_tokens_to_sample=300,
        stream=True,
    )
    chunks = []
    for completion in stream:
        sys.stdout.write(completion.completion)
        sys.stdout.flush()
        chunks.append(completion.completion)
    sys.stdout.write("\n")
    return "".join(chunks)


if __name__ == "__main__":
    answer = stream_completion("Write a two line poem about the sea.")
    print("words:", len(answer.split()))
