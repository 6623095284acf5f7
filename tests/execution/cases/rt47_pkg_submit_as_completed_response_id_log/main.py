from concurrent.futures import ThreadPoolExecutor, as_completed

from batchrun.log import ResponseLog
from batchrun.worker import translate

JOBS = [("good morning", "French"), ("thank you very much", "German"), ("see you soon", "Italian")]

if __name__ == "__main__":
    log = ResponseLog()
    results = {}
    with ThreadPoolExecutor(max_workers=2) as pool:
        futures = {pool.submit(translate, text, target, log): (text, target)
                   for text, target in JOBS}
        for future in as_completed(futures):
            results[futures[future]] = future.result()
    for job in JOBS:
        print(job, "->", results[job], log.entries[job])
