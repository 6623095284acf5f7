from assistant.llm import Assistant


def run_script(persona, turns):
    bot = Assistant(persona)
    transcript = []
    for turn in turns:
        message = bot.reply(turn)
        transcript.append(f"{message['role']}: {message['content']}")
    return transcript, bot.history
