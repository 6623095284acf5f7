_store = {}


def get_or_call(key, factory):
    if key not in _store:
        _store[key] = factory()
    return _store[key]


def size():
    return len(_store)
