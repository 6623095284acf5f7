from models import ChatLog

ChatLog.objects.create(prompt="hello", tokens=12)
ChatLog.objects.create(model="gpt-4", prompt="explain monads", tokens=230)
ChatLog.objects.create(model="gpt-4", prompt="refactor this", tokens=180)

for name in ("gpt-3.5-turbo", "gpt-4"):
    rows = ChatLog.objects.filter(model=name)
    print(name, len(rows), sum(r.tokens for r in rows))
