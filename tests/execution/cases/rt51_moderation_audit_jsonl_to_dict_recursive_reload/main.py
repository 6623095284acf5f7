"""Keep an audit trail of every moderation decision, then summarise it from disk."""
import json
import os
import tempfile

import openai

AUDIT = os.path.join(tempfile.mkdtemp(), "moderation-audit.jsonl")


def moderate_and_log(user, text):
    resp = openai.Moderation.create(input=text)
    record = {"user": user, "text": text, "response": resp.to_dict_recursive()}
    with open(AUDIT, "a") as f:
        f.write(json.dumps(record) + "\n")
    return resp["results"][0]["flagged"]


def summary():
    per_user = {}
    with open(AUDIT) as f:
        for line in f:
            record = json.loads(line)
            result = record["response"]["results"][0]
            hits = [c for c in ("hate", "harassment", "violence", "self-harm")
                    if result["categories"][c]]
            per_user.setdefault(record["user"], []).append(hits)
    for user, rows in sorted(per_user.items()):
        flagged = [h for h in rows if h]
        print(f"{user}: {len(rows)} messages, {len(flagged)} flagged {flagged}")


for user, text in [("ana", "Good morning team"), ("bo", "I hate mondays"),
                   ("ana", "Stop being stupid"), ("cy", "Lunch at noon?")]:
    print(user, "blocked" if moderate_and_log(user, text) else "allowed")
summary()
