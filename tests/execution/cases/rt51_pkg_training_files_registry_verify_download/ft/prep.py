import csv
import io
import json

FAQ_CSV = """question,answer
How do I reset my password?,Use the 'Forgot password' link on the sign-in page.
Can I change my plan?,Yes - open Billing and pick a new plan.
Do you offer refunds?,Within 30 days of purchase.
"""


def build_jsonl(system="You are Acme's support assistant."):
    lines = []
    for row in csv.DictReader(io.StringIO(FAQ_CSV)):
        lines.append(json.dumps({"messages": [
            {"role": "system", "content": system},
            {"role": "user", "content": row["question"]},
            {"role": "assistant", "content": row["answer"]},
        ]}))
    return "\n".join(lines) + "\n"
