"""Stream several answers at once from worker threads; each worker joins its own deltas."""
from concurrent.futures import ThreadPoolExecutor

import openai


def stream_answer(question):
    pieces = []
    for chunk in openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
        stream=True,
    ):
        pieces.append(chunk["choices"][0]["delta"].get("content", ""))
    return question, "".join(pieces), len(pieces)


if __name__ == "__main__":
    questions = ["What is a thread?", "What is the GIL?", "What is a process?"]
    with ThreadPoolExecutor(max_workers=3) as pool:
        results = list(pool.map(stream_answer, questions))
    for question, answer, n in results:
        print(f"{question} [{n} chunks] {answer}")
