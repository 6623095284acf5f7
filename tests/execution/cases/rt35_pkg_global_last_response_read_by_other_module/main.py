import bot

print(bot.reply("Tell me a joke about penguins."))
print("tokens used:", bot.LAST_RESPONSE["usage"]["total_tokens"])
print(bot.reply("Another one, about owls."))
usage = bot.LAST_RESPONSE["usage"]
print("prompt/completion:", usage["prompt_tokens"], usage["completion_tokens"])
