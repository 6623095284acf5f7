"""A Flask-like error handler registry (the app's micro framework)."""

_handlers = {}


def errorhandler(exc_class):
    def register(fn):
        _handlers[exc_class] = fn
        return fn
    return register


def dispatch(view, *args):
    try:
        return view(*args)
    except Exception as exc:
        for cls in type(exc).__mro__:
            if cls in _handlers:
                return _handlers[cls](exc)
        raise
