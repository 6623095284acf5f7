import queue
import threading
from concurrent.futures import Future

import openai

requests_q = queue.Queue()


def llm_worker():
    while True:
        item = requests_q.get()
        if item is None:
            break
        prompt, future = item
        try:
            response = openai.ChatCompletion.create(
                model="gpt-3.5-turbo",
                messages=[{"role": "user", "content": prompt}],
            )
            future.set_result(response)
        except Exception as exc:  # hand the error to the waiting request
            future.set_exception(exc)


def handle(prompt):
    future = Future()
    requests_q.put((prompt, future))
    result = future.result(timeout=30)
    return {"answer": result["choices"][0]["message"]["content"],
            "tokens": result["usage"]["total_tokens"]}


if __name__ == "__main__":
    worker = threading.Thread(target=llm_worker, daemon=True)
    worker.start()
    for p in ["first request", "second request please"]:
        print(handle(p))
    requests_q.put(None)
    worker.join()
