from anthropic import AI_PROMPT, HUMAN_PROMPT, Anthropic

client = Anthropic()


def ask(question):
    response = client.completions.create(
        model="claude-2.1",
        prompt=f"{HUMAN_PROMPT} {question}{AI_PROMPT}",
        max_tokens_to_sample=200,
    )
    return response.completion.strip()
