import openai

from qa import parsing
from qa.prompting import build

GOLD = {
    "Which ocean is the largest? Answer: Pacific": "Pacific",
    "What gas do plants absorb? Answer: carbon dioxide": "carbon dioxide",
    "Who painted the Mona Lisa?": "Leonardo da Vinci",
}

score = 0
for question, gold in GOLD.items():
    response = openai.Completion.create(
        model="text-davinci-003", prompt=build(question), max_tokens=60, temperature=0
    )
    pred = parsing.extract(response)
    ok = pred.lower() == gold.lower()
    score += ok
    print(f"{'PASS' if ok else 'FAIL'} {pred!r} [{parsing.finish_reason(response)}]")
print(f"{score}/{len(GOLD)} correct")
