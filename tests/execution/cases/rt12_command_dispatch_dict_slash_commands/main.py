"""A tiny chat-bot core: slash commands mapped to handler functions."""
import os

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

MODEL = "gpt-3.5-turbo"


def chat(system, text, temperature=0.7, max_tokens=200):
    response = openai.ChatCompletion.create(
        model=MODEL,
        messages=[
            {"role": "system", "content": system},
            {"role": "user", "content": text},
        ],
        temperature=temperature,
        max_tokens=max_tokens,
    )
    return response["choices"][0]["message"]["content"].strip()


def cmd_ask(arg):
    return chat("You are a helpful assistant.", arg)


def cmd_summarize(arg):
    return chat("Summarize the user's text in one sentence.", arg, temperature=0.3)


def cmd_translate(arg):
    lang, _, text = arg.partition(" ")
    return chat(f"Translate the user's text into {lang}.", text, temperature=0)


def cmd_help(arg):
    return "Commands: " + ", ".join(sorted(COMMANDS))


COMMANDS = {
    "/ask": cmd_ask,
    "/summarize": cmd_summarize,
    "/translate": cmd_translate,
    "/help": cmd_help,
}


def handle(message):
    command, _, arg = message.partition(" ")
    handler = COMMANDS.get(command)
    if handler is None:
        return f"Unknown command {command}. Try /help"
    return handler(arg)


EVENTS = [
    "/help",
    "/ask What is the tallest mountain?",
    "/summarize The meeting was long and nobody agreed on the budget.",
    "/translate French Good morning everyone",
    "/weather Paris",
]

if __name__ == "__main__":
    for event in EVENTS:
        print(f"> {event}")
        print(handle(event))
