"""Cron monitor for fine-tuning jobs: report the watched job and recent jobs."""
import os
import sys

import openai

WATCHED = os.environ.get("FT_JOB_ID", "ftjob-0123456789abcdefABCDEF01")


def describe(job_id):
    try:
        job = openai.FineTuningJob.retrieve(job_id)
    except openai.error.InvalidRequestError as e:
        return f"{job_id}: unavailable (HTTP {e.http_status})"
    events = openai.FineTuningJob.list_events(id=job_id, limit=3)
    last = events["data"][0]["message"] if events["data"] else "no events"
    return f"{job_id}: {job['status']} / {job['fine_tuned_model']} / {last}"


def recent(limit=5):
    page = openai.FineTuningJob.list(limit=limit)
    rows = [f"{j.id} {j.model} {j.status}" for j in page.data]
    return rows, page.has_more


print(describe(WATCHED))
rows, more = recent()
print(f"{len(rows)} recent job(s), more pages: {more}")
for row in rows:
    print(" ", row)
sys.exit(0)
