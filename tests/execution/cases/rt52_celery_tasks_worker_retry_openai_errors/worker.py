from collections import deque

import openai

import celeryconfig
from tasks import REGISTRY, Retry


def run(queue):
    pending = deque(queue)
    results, attempts = [], {}
    while pending:
        job_id, name, kwargs = pending.popleft()
        attempts[job_id] = attempts.get(job_id, 0) + 1
        try:
            value = REGISTRY[name](**kwargs)
        except Retry as retry:
            if attempts[job_id] <= celeryconfig.task_max_retries:
                print(f"job {job_id}: {retry} (attempt {attempts[job_id]})")
                pending.append((job_id, retry.task, retry.kwargs))
                continue
            results.append((job_id, "FAILURE", "retries exhausted"))
        except openai.error.InvalidRequestError as exc:
            results.append((job_id, "FAILURE", f"rejected ({exc.http_status})"))
        except openai.error.OpenAIError as exc:
            results.append((job_id, "FAILURE", type(exc).__name__))
        else:
            results.append((job_id, "SUCCESS", value))
    return results
