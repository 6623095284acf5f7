from anthropic import AI_PROMPT, HUMAN_PROMPT, Anthropic

client = Anthropic()


def ask(question):
    stream = client.completions.create(
        model="claude-2.1",
        prompt=f"{HUMAN_PROMPT} {question}{AI_PROMPT}",
        max_tokens_to_sample=300,
        stream=True,
    )
    return "".join(event.completion for event in stream)


print(ask("List the planets closest to the sun."))
print(ask("What is the tallest mountain?"))
