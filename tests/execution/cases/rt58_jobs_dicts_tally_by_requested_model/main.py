import collections
from concurrent.futures import ThreadPoolExecutor

import openai

JOBS = [
    {"id": 1, "model": "gpt-3.5-turbo", "prompt": "List two prime numbers"},
    {"id": 2, "model": "gpt-4", "prompt": "Prove that there are infinitely many primes"},
    {"id": 3, "model": "gpt-3.5-turbo", "prompt": "Is 91 prime"},
]


def run(job):
    response = openai.ChatCompletion.create(
        model=job["model"],
        messages=[{"role": "user", "content": job["prompt"]}],
    )
    return job, response.usage.total_tokens


usage_by_model = collections.defaultdict(int)
with ThreadPoolExecutor(max_workers=3) as pool:
    for job, tokens in pool.map(run, JOBS):
        usage_by_model[job["model"]] += tokens
        print(job["id"], tokens)

for model, tokens in sorted(usage_by_model.items()):
    print(f"{model:15} {tokens}")
