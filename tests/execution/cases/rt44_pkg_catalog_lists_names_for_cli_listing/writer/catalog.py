"""Models shown by `--list-models` (docs only; the app sends settings.DEFAULT_MODEL)."""

MODELS = [
    {"id": "gpt-3.5-turbo", "context": 4096, "notes": "fast and cheap"},
    {"id": "gpt-4", "context": 8192, "notes": "best quality"},
]


def describe():
    return "\n".join(f"{m['id']:<16}{m['context']:>6}  {m['notes']}" for m in MODELS)
