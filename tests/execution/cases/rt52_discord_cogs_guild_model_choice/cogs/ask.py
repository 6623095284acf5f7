import llm


class AskCog:
    name = "ask"

    def __init__(self, bot):
        self.bot = bot
        self.history = {}

    def handle(self, ctx, text):
        convo = self.history.setdefault(ctx.channel, [
            {"role": "system", "content": "You are a Discord bot. Keep answers short."}])
        convo.append({"role": "user", "content": text})
        answer = llm.complete(ctx.guild, convo)
        convo.append({"role": "assistant", "content": answer})
        return answer
