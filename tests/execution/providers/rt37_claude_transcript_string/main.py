from anthropic import AI_PROMPT, HUMAN_PROMPT, Anthropic

client = Anthropic()
transcript = ""


def chat(user_message):
    global transcript
    transcript += f"{HUMAN_PROMPT} {user_message}{AI_PROMPT}"
    completion = client.completions.create(
        model="claude-instant-1",
        max_tokens_to_sample=300,
        prompt=transcript,
    )
    reply = completion.completion
    transcript += reply
    return reply


for message in ["Hi, I'm Sam.", "What's my name?", "Thanks!"]:
    print(chat(message))
print(transcript.count(HUMAN_PROMPT))
