import threading
import time


class TokenBudget:
    """Tokens-per-minute budget shared by worker threads (a simple fixed window)."""

    def __init__(self, per_minute):
        self.per_minute = per_minute
        self.used = 0
        self.waits = 0
        self._lock = threading.Lock()
        self._window = time.monotonic()

    def reserve(self, estimate):
        with self._lock:
            if time.monotonic() - self._window > 60:
                self._window, self.used = time.monotonic(), 0
            if self.used + estimate > self.per_minute:
                self.waits += 1
            self.used += estimate

    def settle(self, estimate, actual):
        with self._lock:
            self.used += actual - estimate
