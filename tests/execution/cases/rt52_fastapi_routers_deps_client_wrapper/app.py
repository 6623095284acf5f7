import json

from routers import chat, health, search

ROUTES = {
    ("GET", "/health"): health.get_health,
    ("POST", "/chat"): chat.post_chat,
    ("POST", "/similar"): search.post_similar,
}


def handle(method, path, raw_body=""):
    endpoint = ROUTES.get((method, path))
    if endpoint is None:
        return 404, {"detail": "Not Found"}
    body = json.loads(raw_body) if raw_body else {}
    return endpoint(body)
