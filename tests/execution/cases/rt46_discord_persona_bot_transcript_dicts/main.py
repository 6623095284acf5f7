from persona_bot import PersonaBot

bot = PersonaBot("a grumpy pirate captain")
for author, text in [("sam", "Ahoy captain!"), ("lee", "Where is the treasure?"),
                     ("sam", "!stats"), ("lee", "Can I join the crew?"), ("sam", "!export")]:
    print(f"<{author}> {text}")
    print(f"<bot> {bot.on_message(author, text)}")
print(len(bot.history), sorted(bot.transcript[0]["usage"]))
