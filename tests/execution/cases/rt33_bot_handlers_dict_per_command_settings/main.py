"""Discord-style bot core: each command has its own settings in a dict, dispatched by prefix."""
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

PREFIX = "!"

COMMAND_SETTINGS = {
    "ask": {"system": "You are a friendly Discord bot.", "temperature": 0.9, "max_tokens": 80},
    "eli5": {"system": "Explain like I am five.", "temperature": 0.5, "max_tokens": 6},
    "roast": {"system": "Playfully roast the user.", "temperature": 1.2, "max_tokens": 40},
}


def run_llm(command, text):
    settings = COMMAND_SETTINGS[command]
    completion = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": settings["system"]},
            {"role": "user", "content": text},
        ],
        temperature=settings["temperature"],
        max_tokens=settings["max_tokens"],
    )
    reply = completion.choices[0].message.content
    if completion.choices[0].finish_reason == "length":
        reply += "..."
    return reply


def on_ping(author, text):
    return f"pong, {author}"


def make_llm_handler(command):
    def handler(author, text):
        if not text:
            return f"{author}, usage: {PREFIX}{command} <text>"
        return f"{author}: " + run_llm(command, text)
    return handler


HANDLERS = {"ping": on_ping}
for name in COMMAND_SETTINGS:
    HANDLERS[name] = make_llm_handler(name)


def on_message(author, content):
    if not content.startswith(PREFIX):
        return None
    name, _, rest = content[len(PREFIX):].partition(" ")
    handler = HANDLERS.get(name.lower())
    if handler is None:
        return f"unknown command '{name}'"
    return handler(author, rest.strip())


INBOX = [
    ("alice", "!ping"),
    ("bob", "hello everyone"),
    ("alice", "!ask what is the best pizza topping?"),
    ("carol", "!ELI5 why is the sky blue during the day but dark at night"),
    ("bob", "!roast my code has no tests"),
    ("dave", "!ask"),
    ("erin", "!weather"),
]

for author, content in INBOX:
    answer = on_message(author, content)
    if answer is not None:
        print(answer)
