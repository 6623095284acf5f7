from bot import Bot, Context

bot = Bot()
events = [
    (Context("guild-a", "general", "ann"), "!ask what is a cog?"),
    (Context("guild-b", "lounge", "bob"), "!premium"),
    (Context("guild-a", "general", "ann"), "!premium"),
    (Context("guild-b", "lounge", "bob"), "!ask and a bot?"),
    (Context("guild-a", "general", "cat"), "!tldr The meeting went long and nobody agreed"),
    (Context("guild-b", "lounge", "bob"), "!dance"),
    (Context("guild-b", "lounge", "bob"), "hello"),
]
for ctx, content in events:
    reply = bot.on_message(ctx, content)
    if reply is not None:
        print(f"[{ctx.guild}#{ctx.channel}] {ctx.author}: {content} -> {reply}")
print("conversations:", {k: len(v) for k, v in bot.cogs["ask"].history.items()})
