import os

import openai

from orchestrator import run_team

openai.api_key = os.environ["OPENAI_API_KEY"]

steps, drafts, verdict, calls = run_team("launch a newsletter about birds")
print("steps:", steps)
for draft in drafts:
    print("draft:", draft)
print("verdict:", verdict)
print("calls:", calls)
