import os

import openai

from worker import run

openai.api_key = os.environ["OPENAI_API_KEY"]

queue = [
    (1, "summarize", {"text": "Printer on floor 3 is jammed again"}),
    (2, "summarize", {"text": "[slow] VPN drops every hour since the update"}),
    (3, "embed", {"text": "Password reset link expired"}),
    (4, "embed", {"text": ""}),
]
for job_id, state, value in sorted(run(queue)):
    print(job_id, state, value)
