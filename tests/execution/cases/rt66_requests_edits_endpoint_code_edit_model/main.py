import os

import requests

API = os.getenv("OPENAI_API_BASE", "https://api.openai.com/v1")
KEY = os.getenv("OPENAI_API_KEY")


def fix_code(source, instruction):
    resp = requests.post(
        f"{API}/edits",
        headers={"Authorization": f"Bearer {KEY}"},
        json={
            "model": "code-davinci-edit-001",
            "input": source,
            "instruction": instruction,
            "temperature": 0,
        },
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["choices"][0]["text"]


print(fix_code("def add(a, b):\n    return a - b\n", "Fix the bug"))
