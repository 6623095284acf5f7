from concurrent.futures import ThreadPoolExecutor

from retrying import RETRYABLE, TransientError, retry

FAILURES = {"b": 2, "c": 1}


@retry()
def process(key):
    if FAILURES.get(key, 0) > 0:
        FAILURES[key] -= 1
        raise TransientError(f"queue busy for {key}")
    return key.upper()


print("retryable classes:", len(RETRYABLE))
with ThreadPoolExecutor(max_workers=1) as pool:
    print(list(pool.map(process, ["a", "b", "c"])))
