from bot.handlers import on_command, on_text, sessions

UPDATES = [
    (7, "/start"),
    (7, "hello"),
    (8, "what is python"),
    (7, "and java?"),
    (7, "/reset"),
    (7, "again"),
]

for chat_id, text in UPDATES:
    handler = on_command if text.startswith("/") else on_text
    print(f"{chat_id}: {text!r} -> {handler(chat_id, text)!r}")
print({chat_id: len(h) for chat_id, h in sessions.items()})
