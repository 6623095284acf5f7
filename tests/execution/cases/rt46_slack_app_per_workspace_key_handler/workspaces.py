"""Each Slack workspace that installs the app pastes its own OpenAI key (stored encrypted in
the real app; a dict here)."""
import os

_base = os.environ.get("OPENAI_API_KEY", "")

WORKSPACE_KEYS = {
    "T-ACME": _base,
    "T-GLOBEX": _base + "-globex",
    "T-INITECH": "sk-revoked-initech-0000",  # they rotated their key and forgot to update it
}


def key_for(team_id):
    return WORKSPACE_KEYS.get(team_id)
