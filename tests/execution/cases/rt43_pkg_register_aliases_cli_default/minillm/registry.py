_MODELS = []
_ALIASES = {}


def register(model, aliases=()):
    _MODELS.append(model)
    for alias in aliases:
        _ALIASES[alias] = model


def get_model(name):
    for model in _MODELS:
        if model.model_id == name:
            return model
    if name in _ALIASES:
        return _ALIASES[name]
    raise KeyError("unknown model: " + name)
