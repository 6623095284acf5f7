import anthropic


class ChatBot:
    def __init__(self, model="claude-instant-1.2"):
        self.client = anthropic.Anthropic()
        self.model = model
        self.history = []

    def _prompt(self, message):
        past = "".join(
            f"{anthropic.HUMAN_PROMPT} {human}{anthropic.AI_PROMPT} {ai}"
            for human, ai in self.history
        )
        return f"{past}{anthropic.HUMAN_PROMPT} {message}{anthropic.AI_PROMPT}"

    def send(self, message):
        prompt = self._prompt(message)
        response = self.client.completions.create(
            model=self.model, prompt=prompt, max_tokens_to_sample=300
        )
        reply = response.completion.strip()
        self.history.append((message, reply))
        return reply


bot = ChatBot()
for line in ["Hi, my name is Sam.", "What did I just tell you?", "Thanks!"]:
    print("user:", line)
    print("bot:", bot.send(line))
print("turns kept:", len(bot.history))
