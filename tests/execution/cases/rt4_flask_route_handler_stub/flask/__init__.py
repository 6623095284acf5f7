"""A stand-in for Flask (the legacy test venv does not install it): routes are plain functions,
request.get_json() returns what the test put there, jsonify returns the dict it is given."""


class _Request:
    payload = None

    def get_json(self):
        return self.payload


request = _Request()


def jsonify(value=None, **kwargs):
    return dict(value or {}, **kwargs)


class Flask:
    def __init__(self, name):
        self.name = name
        self.routes = {}

    def route(self, path, methods=("GET",)):
        def decorator(fn):
            self.routes[path] = fn
            return fn
        return decorator
