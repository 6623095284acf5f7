from llm import ChatGPT

bot = ChatGPT()
print(bot.last_usage)
print(bot.ask("Suggest a name for a cat"))
print("tokens:", bot.last_usage["total_tokens"], "finish:", bot.last_finish_reason)
