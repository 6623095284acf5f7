from anthropic import AI_PROMPT, HUMAN_PROMPT, Anthropic


class Conversation:
    """Keeps the whole dialogue as one Claude prompt string."""

    def __init__(self, client, model="claude-instant-1"):
        self.client = client
        self.model = model
        self.transcript = ""

    def say(self, text):
        self.transcript += f"{HUMAN_PROMPT} {text}{AI_PROMPT}"
        response = self.client.completions.create(
            model=self.model,
            prompt=self.transcript,
            max_tokens_to_sample=200,
            stop_sequences=[HUMAN_PROMPT],
        )
        reply = response.completion.strip()
        self.transcript += " " + reply
        return reply


convo = Conversation(Anthropic())
for line in ["Hello! I'm planning a trip to Lisbon.", "What should I pack?", "Thanks a lot."]:
    print("you:", line)
    print("claude:", convo.say(line))
print("characters in transcript:", len(convo.transcript))
