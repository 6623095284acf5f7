from jobs import Job
from worker import process

queue = [Job("Write a riddle about time."), Job("Write a riddle about a shadow.")]
for job in queue:
    process(job)
for job in queue:
    print(job.text, "|", job.raw["usage"]["total_tokens"], job.raw["choices"][0]["finish_reason"])
