import json

from app import handle

requests = [
    ("GET", "/health", ""),
    ("POST", "/chat", json.dumps({"messages": [{"role": "user", "content": "Ping?"}]})),
    ("POST", "/chat", json.dumps({"messages": []})),
    ("POST", "/similar", json.dumps({"query": "cheap flights",
                                      "documents": ["hotel deals", "budget airline tickets",
                                                    "car rental"]})),
    ("DELETE", "/chat", ""),
]
for method, path, body in requests:
    status, payload = handle(method, path, body)
    print(method, path, status, json.dumps(payload, sort_keys=True))
