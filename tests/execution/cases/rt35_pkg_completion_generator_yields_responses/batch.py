import openai

ENGINE = "text-davinci-003"


def complete_all(prompts, max_tokens=40):
    """Yield (prompt, response) pairs one at a time so the caller can stop early."""
    for prompt in prompts:
        response = openai.Completion.create(
            engine=ENGINE,
            prompt=prompt,
            max_tokens=max_tokens,
            temperature=0,
        )
        yield prompt, response
