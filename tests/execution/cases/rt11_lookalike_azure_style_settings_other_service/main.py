"""Settings for our Azure Cognitive Search index (not OpenAI): same style of keys."""
import os

SEARCH_SETTINGS = {
    "api_type": "azure",
    "api_base": os.getenv("SEARCH_ENDPOINT", "https://docs-search.search.windows.net"),
    "api_version": "2023-07-01-Preview",
    "engine": "semantic",
    "deployment_id": "docs-index",
}


class Completion:
    """Autocomplete suggestions from the search index (offline stand-in)."""

    WORDS = ["azure", "azimuth", "aztec", "gpt-4 pricing", "gpt-3.5-turbo limits"]

    @classmethod
    def create(cls, prompt, engine="semantic", n=2):
        hits = [w for w in cls.WORDS if w.startswith(prompt)]
        return {"engine": engine, "suggestions": hits[:n]}


if __name__ == "__main__":
    for key in sorted(SEARCH_SETTINGS):
        if key != "api_base":
            print(key, "=", SEARCH_SETTINGS[key])
    print(Completion.create("az"))
    print(Completion.create("gpt", engine=SEARCH_SETTINGS["engine"], n=3))
