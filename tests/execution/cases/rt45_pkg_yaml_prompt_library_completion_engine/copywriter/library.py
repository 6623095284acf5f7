from pathlib import Path

LIBRARY_FILE = Path(__file__).resolve().parent.parent / "prompts.yaml"


def _scalar(text):
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return text[1:-1]
    return text


def load_library(path=LIBRARY_FILE):
    """Top-level scalars and the one nested `prompts:` mapping (no PyYAML needed)."""
    library, prompts = {}, {}
    for raw in path.read_text().splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            continue
        key, _, value = raw.strip().partition(":")
        if raw.startswith(" "):
            prompts[key] = _scalar(value)
        elif value.strip():
            library[key] = _scalar(value)
    library["prompts"] = prompts
    return library


LIBRARY = load_library()
