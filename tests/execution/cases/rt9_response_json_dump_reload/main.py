import json
import os
import tempfile

import openai


def ask(question):
    return openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[{"role": "user", "content": question}],
    )


def main():
    folder = tempfile.mkdtemp()
    questions = ["What is HTTP?", "What is DNS?"]
    for n, q in enumerate(questions):
        response = ask(q)
        with open(os.path.join(folder, f"resp_{n}.json"), "w") as f:
            json.dump(response, f, indent=2)
    # later: analyse what we saved
    for name in sorted(os.listdir(folder)):
        with open(os.path.join(folder, name)) as f:
            saved = json.load(f)
        print(name, saved["object"], saved["choices"][0]["message"]["content"],
              saved["usage"]["total_tokens"])


if __name__ == "__main__":
    main()
