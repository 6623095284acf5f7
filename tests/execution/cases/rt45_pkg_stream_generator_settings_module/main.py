from chatui.session import ChatSession

session = ChatSession()
reply, count = session.send("Name three uses for a paperclip", on_piece=lambda p: print(p, end="|"))
print()
print(f"{count} pieces: {reply!r}")
reply, count = session.send("And one more")
print(f"{count} pieces: {reply!r}")
print("history:", len(session.history))
