"""Tools the agent can call. Each has a SPEC next to it."""

NOTES = {}


def save_note(text):
    key = f"note{len(NOTES) + 1}"
    NOTES[key] = text
    return {"saved": key}


def list_notes(text=""):
    return {"notes": sorted(NOTES)}


SPECS = [
    {"name": "save_note", "description": "Save a note",
     "parameters": {"type": "object", "properties": {"text": {"type": "string"}},
                    "required": ["text"]}},
    {"name": "list_notes", "description": "List saved notes",
     "parameters": {"type": "object", "properties": {"text": {"type": "string"}}}},
]
