import anthropic

SYSTEM = "You are a helpful pirate."
c = anthropic.Anthropic()


def pirate(question):
    prompt = f"{SYSTEM}{anthropic.HUMAN_PROMPT} {question}{anthropic.AI_PROMPT}"
    return c.completions.create(model="claude-instant-1.2", prompt=prompt,
                                max_tokens_to_sample=128).completion


print(pirate("Where is the treasure?"))
print(pirate("What is your ship called?"))
