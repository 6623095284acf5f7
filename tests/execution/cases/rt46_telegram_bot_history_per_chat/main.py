from bot import handlers

updates = [
    {"chat_id": 100, "user_id": 7, "text": "/start"},
    {"chat_id": 100, "user_id": 7, "text": "What should we cook tonight?"},
    {"chat_id": 200, "user_id": 9, "text": "Tell me a joke about cats"},
    {"chat_id": 100, "user_id": 8, "text": "Something with rice please"},
    {"chat_id": 100, "user_id": 7, "text": "And a dessert?"},
    {"chat_id": 100, "user_id": 8, "text": "Without nuts"},
    {"chat_id": 200, "user_id": 9, "text": "/reset"},
    {"chat_id": 200, "user_id": 9, "text": "Hello again"},
]

for update in updates:
    reply = handlers.dispatch(update)
    print(f"[{update['chat_id']}] {update['text']!r} -> {reply}")

for chat_id, history in sorted(handlers.conversations.items()):
    roles = "".join(m["role"][0] for m in history)
    print(chat_id, len(history), roles)
