import os
import tempfile

import openai


def stream_to_file(question, path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(f"Q: {question}\nA: ")
        for chunk in openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=[{"role": "user", "content": question}],
            stream=True,
        ):
            piece = chunk["choices"][0]["delta"].get("content", "")
            f.write(piece)
            print(piece, end="", flush=True)
        f.write("\n")
    print()


with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "transcript.txt")
    stream_to_file("Summarize the plot of Hamlet in a sentence", path)
    with open(path, encoding="utf-8") as f:
        saved = f.read()
    print(len(saved.splitlines()), "lines saved")
    print(saved.splitlines()[1][:20])
