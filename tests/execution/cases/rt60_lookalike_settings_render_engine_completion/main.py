"""Autocomplete settings for a code editor plugin; the engine is the plugin's own."""
import configparser
import os

import openai  # only to show the SDK status in the settings dialog

SETTINGS = """
[completion]
engine = fuzzy
max_items = 3
"""


class Completion:
    """The editor's own completion engine (no network)."""

    WORDS = ["davinci", "daylight", "data", "database", "dataclass", "date"]

    @classmethod
    def create(cls, engine, prompt, max_items):
        matches = [w for w in cls.WORDS if w.startswith(prompt)]
        if engine == "fuzzy":
            matches += [w for w in cls.WORDS if prompt in w and w not in matches]
        return {"choices": [{"text": w} for w in matches[:max_items]]}


config = configparser.ConfigParser()
config.read_string(SETTINGS)
section = config["completion"]
print("openai sdk available:", hasattr(openai, "__version__"), "key set:", bool(os.getenv("OPENAI_API_KEY")))
for prefix in ["da", "dat"]:
    result = Completion.create(engine=section["engine"], prompt=prefix, max_items=section.getint("max_items"))
    print(prefix, "->", [c["text"] for c in result["choices"]])
