"""Show fine-tuning jobs and training files, then clean up the scratch upload."""
import json

import openai

rows = [{"messages": [{"role": "user", "content": "ping"},
                      {"role": "assistant", "content": "pong"}]}]
with open("scratch.jsonl", "w") as f:
    f.write("\n".join(json.dumps(r) for r in rows) + "\n")
openai.File.create(file=open("scratch.jsonl", "rb"), purpose="fine-tune")

jobs = openai.FineTuningJob.list(limit=5)
print("jobs:", len(jobs.data))
for job in jobs.data:
    print(" ", job.id, job.status)

files = [f for f in openai.File.list().data if f.purpose == "fine-tune"]
for f in files:
    print("file:", f.filename, f.bytes, f.status)
for f in files:
    result = openai.File.delete(f.id)
    print("deleted:", result.deleted)
