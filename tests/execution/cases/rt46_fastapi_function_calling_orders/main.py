import json

from app.endpoints import support_chat

for payload in (
    {"message": "Where is my order A-1001?", "force_lookup": True},
    {"message": "Has A-1002 shipped yet?", "force_lookup": True},
    {"message": "Do you ship to Canada?"},
):
    result = support_chat(payload)
    print(json.dumps(result, sort_keys=True))
