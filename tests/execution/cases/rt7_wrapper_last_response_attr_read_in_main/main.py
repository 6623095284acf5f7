from assistant import Assistant

if __name__ == "__main__":
    bot = Assistant()
    print(bot.ask("Suggest a name for a goldfish."))
    usage = bot.last_response["usage"]
    print("tokens used:", usage["total_tokens"])
    print("finish:", bot.last_response["choices"][0]["finish_reason"])
