import queue
import threading

import openai

jobs = queue.Queue()
done = queue.Queue()


def worker():
    while True:
        item = jobs.get()
        if item is None:
            break
        idx, prompt = item
        resp = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": prompt}],
        )
        preview = resp["choices"][0]["message"]["content"][:20]
        done.put((idx, preview, resp))
        jobs.task_done()


t = threading.Thread(target=worker)
t.start()
prompts = ["Describe a sunrise.", "Describe a thunderstorm.", "Describe fog."]
for i, p in enumerate(prompts):
    jobs.put((i, p))
jobs.put(None)
t.join()

results = []
while not done.empty():
    results.append(done.get())
for idx, preview, resp in sorted(results, key=lambda r: r[0]):
    print(idx, preview, "|", resp["usage"]["total_tokens"], resp["choices"][0]["finish_reason"])
