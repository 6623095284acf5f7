from app.chat import reply

for message in ("Hi, is the shop open on Sunday?", "Do you ship to Norway and Iceland?"):
    text, tokens = reply(message)
    print(f"{text} [{tokens} tokens]")
