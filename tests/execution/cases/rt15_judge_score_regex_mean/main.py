"""LLM-as-a-judge: grade candidate answers 1-10 and average the scores."""
import re
import statistics

import openai

JUDGE_PROMPT = """Rate the answer to the question on a scale of 1 to 10.
Reply in the form "Score: <n>".

Question: {question}
Answer: {answer}
Score: {hint}"""

SAMPLES = [
    ("What is the boiling point of water?", "100 C at sea level", 9),
    ("Who painted the Mona Lisa?", "Michelangelo", 2),
    ("What is the largest mammal?", "The blue whale", 10),
]


def judge(question, answer, hint):
    completion = openai.ChatCompletion.create(
        model="gpt-4",
        messages=[{"role": "user", "content": JUDGE_PROMPT.format(
            question=question, answer=answer, hint=hint)}],
        temperature=0,
    )
    text = completion["choices"][0]["message"]["content"]
    match = re.search(r"Score:\s*(\d+)", text)
    return int(match.group(1)) if match else None


scores = []
for question, answer, hint in SAMPLES:
    score = judge(question, answer, hint)
    print(f"{question:40s} {score}")
    if score is not None:
        scores.append(score)
print("mean score:", statistics.mean(scores))
