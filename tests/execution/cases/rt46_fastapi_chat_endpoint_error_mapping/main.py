from endpoint import post_chat

bodies = [
    {"messages": [{"role": "user", "content": "Good morning!"}]},
    {"messages": []},
    {"messages": [{"role": "bot", "content": "I am the app"}]},
    {"messages": [{"role": "user"}]},
    {"messages": [{"role": "user", "content": "Tell me everything about volcanoes"}],
     "max_tokens": 3},
]
for body in bodies:
    status, payload = post_chat(body)
    print(status, sorted(payload.items()))
