from anthropic import Anthropic, HUMAN_PROMPT, AI_PROMPT

client = Anthropic()


def ask(question):
    resp = client.completions.create(
        model="claude-2.1",
        prompt=f"{HUMAN_PROMPT} {question}{AI_PROMPT}",
        max_tokens_to_sample=300,
    )
    return resp.completion.strip()


def main():
    print(ask("What is the boiling point of water?"))
    print(ask("Who wrote Hamlet?"))


if __name__ == "__main__":
    main()
