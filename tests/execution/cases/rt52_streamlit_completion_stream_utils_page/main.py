import os

import openai

from pages.email_writer import page

openai.api_key = os.environ["OPENAI_API_KEY"]

session = {}
for tone, topic, extra in [("formal", "the quarterly budget review", {}),
                           ("friendly", "a team picnic next Friday at the lake", {"max_tokens": 5})]:
    box = page(session, tone, topic, **extra)
    print(f"[{tone}] {box.text!r} ({box.updates} updates)")
print(len(session["emails"]), "emails in session")
