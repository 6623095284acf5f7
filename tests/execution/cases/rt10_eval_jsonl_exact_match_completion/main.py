"""Quick eval of text-davinci-003 on a toy QA set (contains-match after normalising)."""
import json
import os
import re
import string
import tempfile

import openai

openai.api_key = os.getenv("OPENAI_API_KEY")

MODEL = "text-davinci-003"
PROMPT_TEMPLATE = "Answer the question with a single word.\n\nQuestion: {question}\nAnswer:"

TOY_SET = [
    {"id": 1, "question": "Which planet is called red, Mars or Venus?", "answer": "Mars"},
    {"id": 2, "question": "What is the capital of Italy?", "answer": "Rome"},
    {"id": 3, "question": "Is ice cold or hot?", "answer": "cold"},
    {"id": 4, "question": "Which animal barks?", "answer": "dog"},
]


def normalize(text):
    text = text.lower()
    text = "".join(ch for ch in text if ch not in set(string.punctuation))
    return re.sub(r"\s+", " ", text).strip()


def write_dataset(path):
    with open(path, "w") as f:
        for row in TOY_SET:
            f.write(json.dumps(row) + "\n")


def load_dataset(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def predict(question):
    response = openai.Completion.create(
        model=MODEL,
        prompt=PROMPT_TEMPLATE.format(question=question),
        max_tokens=16,
        temperature=0,
    )
    return response["choices"][0]["text"].strip()


def main():
    workdir = tempfile.mkdtemp(prefix="toyqa_")
    data_path = os.path.join(workdir, "toyqa.jsonl")
    out_path = os.path.join(workdir, "predictions.jsonl")
    write_dataset(data_path)
    dataset = load_dataset(data_path)

    correct = 0
    with open(out_path, "w") as out:
        for example in dataset:
            pred = predict(example["question"])
            ok = normalize(example["answer"]) in normalize(pred).split()
            correct += int(ok)
            out.write(json.dumps({"id": example["id"], "prediction": pred, "correct": ok}) + "\n")
            print(f"[{example['id']}] {'OK ' if ok else 'BAD'} {pred!r}")

    print(f"accuracy: {correct}/{len(dataset)} = {correct / len(dataset):.2f}")
    with open(out_path) as f:
        print("lines written:", sum(1 for _ in f))


if __name__ == "__main__":
    main()
