"""Unit check of our response parsing against a response recorded from the API."""
import json
from pathlib import Path

HERE = Path(__file__).parent


def parse(resp):
    choice = resp["choices"][0]
    return {
        "text": choice["message"]["content"],
        "finished": choice["finish_reason"] == "stop",
        "tokens": resp.get("usage", {}).get("total_tokens", 0),
        "model": resp["model"],
    }


recorded = json.loads((HERE / "fixtures" / "chat_response.json").read_text())
parsed = parse(recorded)
assert parsed["finished"]
print(parsed["text"])
print(parsed["model"], parsed["tokens"])
