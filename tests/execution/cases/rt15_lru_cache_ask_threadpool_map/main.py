import functools
from concurrent.futures import ThreadPoolExecutor

import openai


@functools.lru_cache(maxsize=256)
def ask(question: str) -> str:
    response = openai.Completion.create(
        engine="text-davinci-003",
        prompt=f"Q: {question}\nA:",
        max_tokens=40,
        temperature=0,
        stop=["\n"],
    )
    return response.choices[0].text.strip()


questions = ["What is DNA?", "What is RNA?", "What is DNA?", "What is ATP?"]
with ThreadPoolExecutor(max_workers=1) as pool:
    answers = list(pool.map(ask, questions))
for q, a in zip(questions, answers):
    print(f"{q} -> {a}")
print(ask.cache_info())
