import queue
import threading

import openai


tasks = queue.Queue()
results = {}
lock = threading.Lock()


def worker():
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        idx, prompt = item
        try:
            completion = openai.ChatCompletion.create(
                model="gpt-3.5-turbo",
                messages=[{"role": "user", "content": prompt}],
            )
            text = completion.choices[0].message.content
        except openai.error.OpenAIError as exc:
            text = f"error: {type(exc).__name__}"
        with lock:
            results[idx] = text
        tasks.task_done()


threads = [threading.Thread(target=worker) for _ in range(3)]
for t in threads:
    t.start()
for i, p in enumerate(["red", "green", "blue", "yellow"]):
    tasks.put((i, f"Describe the color {p}"))
for _ in threads:
    tasks.put(None)
tasks.join()
for t in threads:
    t.join()
for i in sorted(results):
    print(i, results[i])
