from .routes import ROUTES


def dispatch(path, payload):
    handler = ROUTES.get(path)
    if handler is None:
        return 404, {"error": "no such route"}
    return handler(payload)
