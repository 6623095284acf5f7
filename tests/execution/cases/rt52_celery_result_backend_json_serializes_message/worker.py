from backend import JSONResultBackend
from tasks import draft_reply, usage_of

TASKS = {"draft_reply": draft_reply, "usage_of": usage_of}


def run(queue):
    backend = JSONResultBackend()
    for task_id, name, arg in queue:
        try:
            backend.set(task_id, "SUCCESS", TASKS[name](arg))
        except TypeError as exc:
            backend.set(task_id, "FAILURE", f"not serializable: {exc}")
    return backend
