"""Response cache: plain dicts only, so the entries can be dumped and diffed."""
CACHE = {}


def remember(key, response_dict):
    CACHE[key] = response_dict


def lookup(key):
    return CACHE.get(key)
