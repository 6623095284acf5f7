"""Summarize a long document: split it into chunks, summarize each, then combine."""
import os
import tempfile

import openai

CHUNK_WORDS = 40


def write_sample(path):
    paragraphs = []
    for i in range(5):
        paragraphs.append(
            f"Section {i + 1}. The committee met to discuss the budget for year {2020 + i}. "
            "Members argued about roads, schools and the new library. "
            "After a long debate they agreed to postpone the final vote until the next session."
        )
    with open(path, "w") as f:
        f.write("\n\n".join(paragraphs))


def chunk_text(text, size=CHUNK_WORDS):
    words = text.split()
    return [" ".join(words[i:i + size]) for i in range(0, len(words), size)]


def summarize_chunk(chunk):
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "Summarize the following text in one sentence."},
            {"role": "user", "content": chunk},
        ],
        max_tokens=12,
        temperature=0,
    )
    return response["choices"][0]["message"]["content"]


def main():
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "minutes.txt")
        write_sample(path)
        with open(path) as f:
            text = f.read()
    chunks = chunk_text(text)
    print(f"{len(chunks)} chunks")
    partial = []
    for n, chunk in enumerate(chunks, 1):
        summary = summarize_chunk(chunk)
        print(f"[{n}] {summary}")
        partial.append(summary)
    final = summarize_chunk("\n".join(partial))
    print("FINAL:", final)


if __name__ == "__main__":
    main()
