from concurrent.futures import ThreadPoolExecutor

from batch.worker import budget, run_one

ITEMS = ["Define latency", "Define throughput", "Define jitter", "Define bandwidth"]

with ThreadPoolExecutor(max_workers=2) as pool:
    results = list(pool.map(run_one, ITEMS))

for item, answer, tokens in results:
    print(f"{item}: {answer} ({tokens})")
print("budget used:", budget.used, "over budget:", budget.waits > 0)
