import json


class JSONResultBackend:
    """Celery's default serializer is JSON: results are stored as text and read back."""

    def __init__(self):
        self.store = {}

    def set(self, task_id, state, result):
        self.store[task_id] = json.dumps({"state": state, "result": result})

    def get(self, task_id):
        return json.loads(self.store[task_id])
