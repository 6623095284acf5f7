import threading


class ResponseLog:
    def __init__(self):
        self._lock = threading.Lock()
        self.entries = {}

    def record(self, key, response):
        with self._lock:
            self.entries[key] = {
                "id_ok": response.id.startswith("chatcmpl-"),
                "object": response.object,
                "tokens": response.usage.total_tokens,
                "finish": response.choices[0].finish_reason,
            }
