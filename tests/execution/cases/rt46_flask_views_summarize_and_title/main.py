import json

from views import handle

ARTICLE = ("The city council voted on Tuesday to extend the bike lane network by twelve "
           "kilometres.\nConstruction starts in spring and should finish before the summer "
           "holidays, the mayor said.")

requests = [
    ("POST", "/summarize", {"text": ARTICLE}),
    ("POST", "/summarize", {"text": ARTICLE, "max_tokens": 8}),
    ("POST", "/summarize", {}),
    ("POST", "/title", {"text": ARTICLE}),
    ("GET", "/health", None),
]

for method, path, body in requests:
    status, payload = handle(method, path, body)
    print(method, path, status, json.dumps(payload, sort_keys=True))
