import os

import openai

from worker import process

openai.api_key = os.environ["OPENAI_API_KEY"]

inbox = [
    {"id": "m1", "job": "classify", "payload": {"text": "The export button does nothing"}},
    {"id": "m2", "job": "embed", "payload": {"text": ""}},
    {"id": "m3", "job": "embed", "payload": {"text": "Love the new dark mode"}},
    {"id": "m4", "job": "classify", "payload": {"text": ""}},
]
for message in inbox:
    status, result, attempts = process(message)
    print(message["id"], status, result, f"attempts={attempts}")
