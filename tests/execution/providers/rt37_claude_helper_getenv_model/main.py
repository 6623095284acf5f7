import os

import anthropic
from anthropic import AI_PROMPT, HUMAN_PROMPT

MODEL = os.getenv("CLAUDE_MODEL", "claude-2")
client = anthropic.Anthropic(api_key=os.environ.get("ANTHROPIC_API_KEY"))


def ask_claude(prompt, max_tokens=256):
    response = client.completions.create(
        model=MODEL,
        max_tokens_to_sample=max_tokens,
        stop_sequences=[HUMAN_PROMPT],
        prompt=f"{HUMAN_PROMPT} {prompt}{AI_PROMPT}",
    )
    return response.completion.strip()


if __name__ == "__main__":
    for question in ["What is a haiku?", "Name a prime number."]:
        answer = ask_claude(question)
        print(f"Q: {question}\nA: {answer}\n")
