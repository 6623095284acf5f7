from anthropic import AI_PROMPT, HUMAN_PROMPT, Anthropic

client = Anthropic()
DEFAULTS = {"model": "claude-2.1", "max_tokens_to_sample": 400}


def ask(question):
    response = client.completions.create(
        prompt=f"{HUMAN_PROMPT} {question}{AI_PROMPT}", **DEFAULTS
    )
    return response.completion.strip()


print(ask("What is the boiling point of water at sea level?"))
print(ask("Translate 'good night' into Spanish."))
