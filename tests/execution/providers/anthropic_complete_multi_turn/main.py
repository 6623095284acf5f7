from anthropic import AI_PROMPT, HUMAN_PROMPT, Anthropic

CLAUDE = "claude-2.0"
client = Anthropic()


def follow_up(first, reply, second):
    resp = client.completions.create(
        model=CLAUDE,
        prompt=(f"{HUMAN_PROMPT} {first}{AI_PROMPT} {reply}"
                f"{HUMAN_PROMPT} {second}{AI_PROMPT}"),
        max_tokens_to_sample=200,
        stop_sequences=[HUMAN_PROMPT],
        metadata={"user_id": "user-42"},
    )
    return resp.completion


def opener(question):
    return client.completions.create(model=CLAUDE, max_tokens_to_sample=20,
                                     prompt=f"{HUMAN_PROMPT} {question}{AI_PROMPT}").completion


if __name__ == "__main__":
    print(opener("Hello!"))
    print(follow_up("Pick a number.", "Seven.", "Double it."))
