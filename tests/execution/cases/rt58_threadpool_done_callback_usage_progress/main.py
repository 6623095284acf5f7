import threading
from concurrent.futures import ThreadPoolExecutor, wait

import openai

SNIPPETS = [
    "def add(a, b): return a + b",
    "for i in range(3): print(i)",
    "x = [n * n for n in range(10)]",
]
progress = {"done": 0, "tokens": 0}
lock = threading.Lock()


def on_done(future):
    response = future.result()
    with lock:
        progress["done"] += 1
        progress["tokens"] += response["usage"]["total_tokens"]


def explain(snippet):
    return openai.ChatCompletion.create(
        model="gpt-4",
        messages=[{"role": "system", "content": "Explain the Python code in one line."},
                  {"role": "user", "content": snippet}],
        temperature=0,
    )


with ThreadPoolExecutor(max_workers=3) as pool:
    futures = []
    for snippet in SNIPPETS:
        future = pool.submit(explain, snippet)
        future.add_done_callback(on_done)
        futures.append(future)
    wait(futures)

for snippet, future in zip(SNIPPETS, futures):
    print(snippet, "#", future.result().choices[0].message.content)
print(f"{progress['done']}/{len(SNIPPETS)} done, {progress['tokens']} tokens")
