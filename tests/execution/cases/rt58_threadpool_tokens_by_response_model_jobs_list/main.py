"""Run a small batch of prompts on two models in parallel and report tokens per model."""
import collections
import threading
from concurrent.futures import ThreadPoolExecutor

import openai

JOBS = [
    ("gpt-3.5-turbo", "Name three rivers in Europe"),
    ("gpt-4", "Explain recursion in one sentence"),
    ("gpt-3.5-turbo", "Give a synonym for quick"),
    ("gpt-4", "What is the capital of Peru"),
]

tokens_by_model = collections.Counter()
calls_by_model = collections.Counter()
lock = threading.Lock()


def run(job):
    model, prompt = job
    response = openai.ChatCompletion.create(
        model=model,
        messages=[{"role": "user", "content": prompt}],
    )
    with lock:
        tokens_by_model[response["model"]] += response["usage"]["total_tokens"]
        calls_by_model[response["model"]] += 1
    return prompt, response["choices"][0]["message"]["content"]


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = [pool.submit(run, job) for job in JOBS]
    answers = [future.result() for future in futures]

for question, answer in answers:
    print(f"{question!r} -> {answer!r}")
for name in sorted(tokens_by_model):
    print(f"{name}: {calls_by_model[name]} calls, {tokens_by_model[name]} tokens")
