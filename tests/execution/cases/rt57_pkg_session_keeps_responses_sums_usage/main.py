import os

import openai

from session import Session

openai.api_key = os.environ["OPENAI_API_KEY"]

session = Session("ana")
for text in ["hi there", "what's new", "bye now"]:
    resp = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": text}],
        max_tokens=3,
    )
    session.record(resp)

print(session.transcript())
print(session.total_tokens(), session.finish_reasons())
