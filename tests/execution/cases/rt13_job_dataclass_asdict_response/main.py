import json
from dataclasses import asdict, dataclass, field
from typing import Optional

import openai


@dataclass
class Job:
    id: int
    prompt: str
    status: str = "pending"
    response: Optional[dict] = None
    tags: list = field(default_factory=list)


JOBS = {}


def submit(job_id, prompt):
    job = Job(id=job_id, prompt=prompt, tags=["api"])
    JOBS[job_id] = job
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": prompt}],
    )
    # asdict() cannot copy an OpenAIObject, so keep a plain dict
    job.response = response.to_dict_recursive()
    job.status = "complete"
    return job


def status_endpoint(job_id):
    return json.dumps(asdict(JOBS[job_id]))


if __name__ == "__main__":
    submit(1, "Translate 'good morning' to Spanish")
    submit(2, "Translate 'thank you' to French")
    for job_id in (1, 2):
        job = json.loads(status_endpoint(job_id))
        print(job["id"], job["status"], job["tags"],
              job["response"]["choices"][0]["message"]["content"],
              job["response"]["usage"]["total_tokens"])
