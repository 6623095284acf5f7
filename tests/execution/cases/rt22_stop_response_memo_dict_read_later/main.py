"""Few-shot QA with a stop sequence; responses kept in a dict and scored afterwards."""
import openai

FEWSHOT = "Q: What is 1 + 1?\nA: 2\n\nQ: What is 3 + 3?\nA: 6\n\n"
DATA = {"q1": ("What is 2 + 5?", "7"), "q2": ("What is 4 + 4?", "8")}

responses = {}
for qid, (question, _) in DATA.items():
    responses[qid] = openai.Completion.create(
        model="text-davinci-003",
        prompt=FEWSHOT + f"Q: {question}\nA:",
        max_tokens=64,
        temperature=0,
        stop=["\n"],
    )

em = 0
for qid, (question, gold) in DATA.items():
    pred = responses[qid]["choices"][0]["text"].strip()
    em += pred == gold
    print(f"{qid}: pred={pred!r} gold={gold!r}")
print(f"exact match: {em}/{len(DATA)}")
