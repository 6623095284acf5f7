import os

import openai

from worker import run

openai.api_key = os.environ["OPENAI_API_KEY"]

backend = run([("t1", "draft_reply", "My order never arrived"),
               ("t2", "usage_of", "How do I reset my password?")])
first = backend.get("t1")
print(first["state"], first["result"]["role"], first["result"]["content"])
second = backend.get("t2")
print(second["state"], second["result"]["total_tokens"])
print(sorted(second["result"]))
