import llm

PREMIUM_GUILDS = {"guild-b"}


class SettingsCog:
    name = "premium"

    def __init__(self, bot):
        self.bot = bot

    def handle(self, ctx, text):
        if ctx.guild not in PREMIUM_GUILDS:
            return "This server is not premium."
        llm.guild_models[ctx.guild] = "gpt-4"
        return "Premium model enabled for this server."
