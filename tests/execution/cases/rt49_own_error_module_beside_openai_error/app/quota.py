from app import error

LIMIT = 2
_used = {}


def take(user):
    _used[user] = _used.get(user, 0) + 1
    if _used[user] > LIMIT:
        raise error.RateLimitError(user, _used[user])
