import os

from anthropic import AI_PROMPT, HUMAN_PROMPT, Anthropic

SYSTEM = "You are a terse support agent for Acme Cloud."


class SupportBot:
    def __init__(self):
        self.client = Anthropic()
        self.model = os.environ.get("CLAUDE_MODEL", "claude-instant-1")

    def reply(self, ticket):
        completion = self.client.completions.create(
            model=self.model,
            max_tokens_to_sample=300,
            prompt=f"{SYSTEM}{HUMAN_PROMPT} {ticket}{AI_PROMPT}",
        )
        return completion.completion.strip()


bot = SupportBot()
for ticket in ["My VM will not boot.", "How do I reset my password?"]:
    print("ticket:", ticket)
    print("reply:", bot.reply(ticket))
