"""A cut-down parallel request processor: requests from a JSONL file, results to another."""
import asyncio
import json
import os
import tempfile

import openai

MAX_PARALLEL = 2


def write_requests(path):
    with open(path, "w") as f:
        for i, topic in enumerate(["tides", "volcanoes", "auroras", "glaciers"]):
            request = {
                "model": "gpt-3.5-turbo",
                "messages": [{"role": "user", "content": f"One fact about {topic}"}],
                "metadata": {"row_id": i, "topic": topic},
            }
            f.write(json.dumps(request) + "\n")


async def process_request(request_json, sem, results_path, lock):
    metadata = request_json.pop("metadata")
    async with sem:
        response = await openai.ChatCompletion.acreate(**request_json)
    async with lock:
        with open(results_path, "a") as f:
            f.write(json.dumps([request_json, response, metadata]) + "\n")


async def process_api_requests_from_file(requests_path, results_path):
    sem = asyncio.Semaphore(MAX_PARALLEL)
    lock = asyncio.Lock()
    with open(requests_path) as f:
        requests = [json.loads(line) for line in f]
    await asyncio.gather(*(process_request(r, sem, results_path, lock) for r in requests))
    print(f"Parallel processing complete. Results saved to {os.path.basename(results_path)}")


if __name__ == "__main__":
    workdir = tempfile.mkdtemp()
    requests_path = os.path.join(workdir, "requests.jsonl")
    results_path = os.path.join(workdir, "requests_results.jsonl")
    write_requests(requests_path)
    asyncio.run(process_api_requests_from_file(requests_path, results_path))
    with open(results_path) as f:
        rows = [json.loads(line) for line in f]
    for request, response, metadata in sorted(rows, key=lambda r: r[2]["row_id"]):
        print(metadata["row_id"], metadata["topic"], response["choices"][0]["message"]["content"],
              response["usage"]["total_tokens"])
