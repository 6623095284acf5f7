import itertools
import json
import queue
import threading

import openai

jobs = {}
job_queue = queue.Queue()
_ids = itertools.count(1)


def worker():
    while True:
        job_id = job_queue.get()
        if job_id is None:
            job_queue.task_done()
            return
        job = jobs[job_id]
        job["status"] = "running"
        try:
            job["response"] = openai.ChatCompletion.create(
                model="gpt-3.5-turbo",
                messages=[{"role": "user", "content": job["prompt"]}],
            )
            job["status"] = "done"
        except openai.error.OpenAIError:
            job["status"] = "failed"
            job["error"] = "upstream error"
        job_queue.task_done()


def create_job(body):
    job_id = next(_ids)
    jobs[job_id] = {"prompt": body["prompt"], "status": "queued"}
    job_queue.put(job_id)
    return 202, {"id": job_id}


def get_job(job_id):
    job = jobs.get(job_id)
    if job is None:
        return 404, {"error": "unknown job"}
    out = {"id": job_id, "status": job["status"]}
    if job["status"] == "done":
        out["answer"] = job["response"]["choices"][0]["message"]["content"]
        out["usage"] = job["response"]["usage"]
    return 200, out


if __name__ == "__main__":
    t = threading.Thread(target=worker, daemon=True)
    t.start()
    ids = []
    for prompt in ["Write a slogan for a bakery", "Name a color", "Give me a number"]:
        status, body = create_job({"prompt": prompt})
        ids.append(body["id"])
        print(status, json.dumps(body))
    job_queue.join()
    for job_id in ids + [99]:
        status, body = get_job(job_id)
        print(status, json.dumps(body, sort_keys=True))
    job_queue.put(None)
    t.join()
