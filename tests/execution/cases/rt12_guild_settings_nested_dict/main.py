"""Per-server (guild) configuration of a Discord bot."""
import openai

GUILD_SETTINGS = {
    "default": {"model": "gpt-3.5-turbo", "temperature": 0.7, "persona": "a helpful bot"},
    "1234": {"model": "gpt-4", "temperature": 0.2, "persona": "a strict math tutor"},
    "5678": {"model": "gpt-3.5-turbo", "temperature": 1.0, "persona": "a storyteller"},
}


def settings_for(guild_id):
    return GUILD_SETTINGS.get(guild_id, GUILD_SETTINGS["default"])


def respond(guild_id, text):
    cfg = settings_for(guild_id)
    response = openai.ChatCompletion.create(
        model=cfg["model"],
        temperature=cfg["temperature"],
        messages=[
            {"role": "system", "content": f"You are {cfg['persona']}."},
            {"role": "user", "content": text},
        ],
    )
    return response.choices[0].message.content


if __name__ == "__main__":
    for guild, text in [("1234", "what is 7*8"), ("5678", "once upon a time"), ("9", "hi")]:
        print(guild, respond(guild, text))
