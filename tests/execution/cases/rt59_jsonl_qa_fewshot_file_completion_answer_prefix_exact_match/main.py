import json
import re
import sys

import openai

ENGINE = "text-davinci-002"
FEWSHOT = open("prompts/fewshot.txt").read().strip()


def load(path):
    with open(path) as f:
        return [json.loads(line) for line in f if line.strip()]


def normalize(s):
    s = s.lower().strip()
    s = re.sub(r"[^a-z0-9 ]", "", s)
    return " ".join(s.split())


def extract_answer(completion):
    # the model sometimes repeats the question, keep what follows the last "Answer:"
    if "Answer:" in completion:
        completion = completion.rsplit("Answer:", 1)[1]
    return completion.strip().split("\n")[0]


def main():
    data = load("dev.jsonl")
    em = 0
    records = []
    for ex in data:
        prompt = FEWSHOT + "\n\nQuestion: " + ex["question"] + "\nAnswer:"
        completion = openai.Completion.create(
            engine=ENGINE,
            prompt=prompt,
            max_tokens=64,
            temperature=0.0,
            stop=["\n\n"],
        )
        raw = completion.choices[0].text
        pred = extract_answer(raw)
        hit = normalize(pred) == normalize(ex["answer"])
        em += hit
        records.append({"question": ex["question"], "pred": pred, "em": hit})
        print(f"[{'x' if hit else ' '}] {ex['question'][:30]!r} -> {pred!r}")
    with open(f"preds-{ENGINE}.jsonl", "w") as f:
        for r in records:
            f.write(json.dumps(r) + "\n")
    print(f"EM = {em / len(data):.2f} ({len(data)} examples)", file=sys.stdout)


main()
