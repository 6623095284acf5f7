import queue
import threading

import openai


def worker(prompt, out):
    try:
        for chunk in openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": prompt}],
            stream=True,
        ):
            piece = chunk["choices"][0]["delta"].get("content")
            if piece:
                out.put(piece)
    finally:
        out.put(None)


q = queue.Queue()
t = threading.Thread(target=worker, args=("Give me a motto for a bakery", q))
t.start()
received = []
while True:
    item = q.get()
    if item is None:
        break
    received.append(item)
t.join()
print(len(received), "pieces:", "".join(received))
