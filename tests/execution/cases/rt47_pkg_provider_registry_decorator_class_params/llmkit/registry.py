_REGISTRY = {}


def register(name):
    def decorator(cls):
        _REGISTRY[name] = cls
        return cls
    return decorator


def get_llm(name, **overrides):
    try:
        cls = _REGISTRY[name]
    except KeyError:
        raise ValueError(f"unknown provider {name!r}; known: {', '.join(available())}")
    return cls(**overrides)


def available():
    return sorted(_REGISTRY)
