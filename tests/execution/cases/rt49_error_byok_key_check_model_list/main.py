"""Bring-your-own-key: users paste their key in the settings page; we check it before saving."""
import os

import openai


def check_key(key):
    try:
        models = openai.Model.list(api_key=key)
    except openai.error.AuthenticationError as e:
        return {"valid": False, "status": e.http_status, "reason": e.code or "rejected"}
    except openai.error.OpenAIError:
        return {"valid": False, "status": None, "reason": "other"}
    ids = {m["id"] for m in models["data"]}
    return {"valid": True, "status": 200, "chat": "gpt-3.5-turbo" in ids or "gpt-4o-mini" in ids}


for label, key in [("own", os.environ["OPENAI_API_KEY"]), ("typo", "sk-abc123"),
                   ("pasted with spaces", "  sk-abc123  ".strip())]:
    print(label, check_key(key))
