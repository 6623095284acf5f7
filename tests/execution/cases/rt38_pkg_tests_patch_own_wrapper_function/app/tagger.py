from app import llm

SYSTEM = "Return up to three comma separated lowercase tags for the text."


def tags_for(text):
    raw = llm.complete(SYSTEM, text)
    tags = [t.strip().lower() for t in raw.split(",") if t.strip()]
    return sorted(set(tags))[:3]
