from anthropic import AI_PROMPT, HUMAN_PROMPT, Anthropic

client = Anthropic()


def ask(question):
    prompt = f"{HUMAN_PROMPT} {question}{AI_PROMPT}"
    return client.completions.create(model="claude-2.1", prompt=prompt,
                                     max_tokens_to_sample=50).completion


print(ask("What is 6 times 7?"))
