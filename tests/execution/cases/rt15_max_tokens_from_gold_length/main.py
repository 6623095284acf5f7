import openai

SQUAD_LIKE = [
    {"context": "The Eiffel Tower is in Paris.", "question": "Where is the Eiffel Tower?",
     "answer": "Paris"},
    {"context": "Ada Lovelace wrote the first program.", "question": "Who wrote the first program?",
     "answer": "Ada Lovelace"},
]


def token_budget(answer, slack=4):
    return len(answer.split()) + slack


def f1(pred, gold):
    p, g = pred.lower().split(), gold.lower().split()
    common = sum(min(p.count(w), g.count(w)) for w in set(g))
    if common == 0:
        return 0.0
    precision, recall = common / len(p), common / len(g)
    return 2 * precision * recall / (precision + recall)


scores = []
for ex in SQUAD_LIKE:
    response = openai.ChatCompletion.create(
        model="gpt-3.5-turbo",
        messages=[
            {"role": "system", "content": "Answer with a short span from the context."},
            {"role": "user", "content": f"{ex['context']}\n{ex['question']}"},
        ],
        max_tokens=token_budget(ex["answer"]),
        temperature=0,
    )
    pred = response["choices"][0]["message"]["content"]
    finish = response["choices"][0]["finish_reason"]
    scores.append(f1(pred, ex["answer"]))
    print(f"{pred!r} ({finish}) F1={scores[-1]:.2f}")
print(f"mean F1: {sum(scores) / len(scores):.3f}")
