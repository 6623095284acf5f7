from concurrent.futures import ThreadPoolExecutor

from ingest.worker import process

TEXTS = [
    "A recipe for lemon cake",
    "I will hurt you if you come back",
    "Notes from the planning meeting",
    "Why do cats purr?",
]

if __name__ == "__main__":
    with ThreadPoolExecutor(max_workers=3) as pool:
        records = list(pool.map(process, TEXTS))
    for record in records:
        print(record)
    print("kept:", sum(not r["flagged"] for r in records), "of", len(records))
