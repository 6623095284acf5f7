import llm


class TldrCog:
    name = "tldr"

    def __init__(self, bot):
        self.bot = bot

    def handle(self, ctx, text):
        summary = llm.complete(
            ctx.guild,
            [{"role": "user", "content": f"TL;DR: {text}"}],
            n=1,
        )
        return f"📝 {summary}"
