from typing import Final

import openai

CHAT_MODEL: Final = "gpt-3.5-turbo"
EMBED_MODEL: Final[str] = "text-embedding-ada-002"
MAX_ANSWER_WORDS: Final[int] = 5
DOCS: Final = ("tea is brewed from leaves", "coffee is brewed from beans", "rain falls from clouds")


def embed(texts):
    data = openai.Embedding.create(model=EMBED_MODEL, input=list(texts))["data"]
    return [row["embedding"] for row in sorted(data, key=lambda r: r["index"])]


def best_doc(question: str) -> str:
    qv = embed([question])[0]
    scores = [sum(a * b for a, b in zip(qv, dv)) for dv in embed(DOCS)]
    return DOCS[max(range(len(DOCS)), key=scores.__getitem__)]


def answer(question: str) -> tuple[str, str]:
    context = best_doc(question)
    response = openai.ChatCompletion.create(
        model=CHAT_MODEL,
        max_tokens=MAX_ANSWER_WORDS,
        messages=[{"role": "system", "content": f"Context: {context}"},
                  {"role": "user", "content": question}],
    )
    choice = response["choices"][0]
    return choice["message"]["content"], choice["finish_reason"]


if __name__ == "__main__":
    for q in ("how is tea made from the plant?", "where does rain come from?"):
        print(answer(q))
