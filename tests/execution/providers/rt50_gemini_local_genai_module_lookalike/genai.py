"""Our in-house text generator (a template engine, no network)."""

_SETTINGS = {}


def configure(**settings):
    _SETTINGS.update(settings)


class GenerativeModel:
    def __init__(self, model_name, generation_config=None):
        self.model_name = model_name
        self.generation_config = generation_config or {}

    def generate_content(self, prompt):
        style = _SETTINGS.get("style", "plain")
        return _Response(f"[{self.model_name}/{style}] {prompt.upper()}")


class _Response:
    def __init__(self, text):
        self.text = text


def embed_content(model, content, task_type=None):
    return {"embedding": [len(word) for word in content.split()]}
