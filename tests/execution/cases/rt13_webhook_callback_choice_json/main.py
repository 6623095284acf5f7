import json
import queue
import threading

import openai

received = []


def webhook(payload):
    """Stands in for the customer's callback URL."""
    received.append(payload)


def worker(q):
    while True:
        item = q.get()
        if item is None:
            break
        job_id, prompt = item
        response = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": prompt}],
        )
        webhook(json.dumps({"job": job_id, "choice": response["choices"][0]}, sort_keys=True))


if __name__ == "__main__":
    q = queue.Queue()
    t = threading.Thread(target=worker, args=(q,))
    t.start()
    q.put((1, "first task"))
    q.put((2, "second task"))
    q.put(None)
    t.join()
    for payload in received:
        print(payload)
