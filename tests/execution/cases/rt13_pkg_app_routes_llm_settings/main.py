import json

from app import dispatch

for path, payload in [
    ("/translate", {"text": "Good evening", "lang": "German"}),
    ("/tldr", {"text": "A very long article about distributed systems and consensus protocols"}),
    ("/missing", {}),
]:
    status, body = dispatch(path, payload)
    print(path, status, json.dumps(body))
